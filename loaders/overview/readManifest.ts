import {readFile} from "node:fs/promises";
import {InputError} from "../cli/errors.js";
import type {Manifest} from "../ingest/Manifest.js";

/**
 * An ingest manifest (manifest.json) as written by the ingest.
 *
 * @throws {InputError} `<file>: cannot read manifest (...)` when it is missing or not JSON
 * @example const {rows} = await readManifest(system.paths.manifest);
 */
export async function readManifest(file: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Manifest;
  } catch (error) {
    throw new InputError(`cannot read manifest (${(error as Error).message.split("\n")[0]})`, {file}, {cause: error});
  }
}
