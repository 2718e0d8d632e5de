import {createHash} from "node:crypto";
import {readFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import type {ModelEntry, Registry} from "../../src/lib/replay/modelEntry.js";
import type {ModelSpec} from "../../src/lib/replay/modelScore.js";
import {InputError} from "../cli/errors.js";
import {checkJsonSchema, type JsonSchema} from "./checkJsonSchema.js";
import {readOnnxModel} from "./readOnnxModel.js";

/** models/registry.schema.json, the schema every registry file is checked against. */
export const REGISTRY_SCHEMA = fileURLToPath(new URL("../../models/registry.schema.json", import.meta.url));

/**
 * Reads and validates a registry file: JSON, then models/registry.schema.json, then the rules a schema cannot
 * say: name@version unique, status equal to the last status change, status changes in date order, at most
 * one production version per system, the refer band and refer decision given together, and the threshold
 * changes in date order. Does not read the ONNX files (loadModel does, with the checksum).
 *
 * @throws {InputError} naming the file and the field, e.g.
 *   `models/registry.json: field models[1].status: must be one of candidate, shadow, production, retired (got "prod")`
 * @example
 * const registry = await loadRegistry("models/registry.json");
 */
export async function loadRegistry(file: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read registry: ${(error as Error).message}`, {file}, {cause: error});
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not JSON: ${(error as Error).message}`, {file}, {cause: error});
  }
  return validateRegistry(json, file);
}

/** The checks of loadRegistry on an already parsed value; `file` only names it in errors. */
export async function validateRegistry(json: unknown, file: string): Promise<Registry> {
  const schema = JSON.parse(await readFile(REGISTRY_SCHEMA, "utf8")) as JsonSchema;
  const [first] = checkJsonSchema(json, schema);
  if (first) throw new InputError(first.message, {file, field: first.path});
  const registry = json as Registry;
  const seen = new Set<string>();
  const production = new Map<string, string>();
  registry.models.forEach((m, i) => {
    const field = (f: string) => ({file, field: `models[${i}].${f}`});
    const id = `${m.name}@${m.version}`;
    if (seen.has(id)) throw new InputError(`duplicate model version ${id}`, field("version"));
    seen.add(id);
    const last = m.status_history[m.status_history.length - 1];
    if (last.status !== m.status)
      throw new InputError(`status ${m.status} differs from the last status change (${last.status})`, field("status"));
    m.status_history.forEach((c, j) => {
      if (j > 0 && c.date < m.status_history[j - 1].date)
        throw new InputError(`status changes out of date order: ${c.date}`, field(`status_history[${j}].date`));
    });
    if (m.status === "production") {
      const other = production.get(m.system);
      if (other) throw new InputError(`second production model for ${m.system} (${other} and ${id})`, field("status"));
      production.set(m.system, id);
    }
    if ((m.decision.refer_band === undefined) !== (m.decision.refer === undefined))
      throw new InputError("refer_band and refer must be given together", field("decision"));
    m.decision.threshold_changes.forEach((c, j) => {
      if (j > 0 && c.from < m.decision.threshold_changes[j - 1].from)
        throw new InputError(
          `threshold changes out of date order: ${c.from}`,
          field(`decision.threshold_changes[${j}].from`)
        );
    });
  });
  return registry;
}

/** The hex sha256 of bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Finds a model version in a registry and reads its ONNX file (relative to the registry file's folder),
 * verifying the sha256 and size the registry records and that the file's feature list equals the registry's.
 * Returns the entry, the bytes (for an onnxruntime session) and the parameters (for the plain-TS scorer).
 *
 * @throws {InputError} for an unknown name@version, an unreadable file, or a checksum or feature mismatch
 * @example
 * const {entry, bytes, spec} = await loadModel("models/registry.json", registry, "credit-lr", "1.0.0");
 */
export async function loadModel(
  registryFile: string,
  registry: Registry,
  name: string,
  version: string
): Promise<{entry: ModelEntry; bytes: Uint8Array; spec: ModelSpec; file: string}> {
  const entry = registry.models.find((m) => m.name === name && m.version === version);
  if (!entry) throw new InputError(`no model ${name}@${version} in the registry`, {file: registryFile});
  const file = join(dirname(registryFile), entry.onnx.file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new InputError(`cannot read model: ${(error as Error).message}`, {file}, {cause: error});
  }
  const actual = sha256(bytes);
  if (actual !== entry.onnx.sha256 || bytes.length !== entry.onnx.bytes)
    throw new InputError(
      `checksum mismatch for ${name}@${version}: registry sha256 ${entry.onnx.sha256} (${entry.onnx.bytes} bytes), file ${actual} (${bytes.length} bytes)`,
      {file}
    );
  let read: ReturnType<typeof readOnnxModel>;
  try {
    read = readOnnxModel(bytes);
  } catch (error) {
    throw new InputError((error as Error).message, {file}, {cause: error});
  }
  if (read.info.features.join(",") !== entry.features.join(","))
    throw new InputError(`features differ from the registry's for ${name}@${version}`, {file});
  return {entry, bytes, spec: read.spec, file};
}
