import {readFile} from "node:fs/promises";
import {InputError} from "../cli/errors.js";
import type {Contract} from "./Contract.js";
import {parseContract} from "./parseContract.js";

/**
 * Reads and validates an ODCS v3 contract file (see parseContract).
 *
 * @throws {InputError} `<file>: cannot read contract (ENOENT)` or any parseContract error
 * @example const contract = await readContract("data/contracts/credit-line.odcs.yaml");
 */
export async function readContract(file: string): Promise<Contract> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read contract (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {file});
  }
  return parseContract(text, file);
}
