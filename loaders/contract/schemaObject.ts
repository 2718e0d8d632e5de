import {InputError} from "../cli/errors.js";
import type {Contract, SchemaObject} from "./Contract.js";

/**
 * The contract's schema object with this name, or the first object when no name is given
 * (the default ingest target: `decisions` in our contracts).
 *
 * @throws {InputError} `<file>: unknown object "x" (objects: decisions, outcomes)`
 * @example schemaObject(contract, "outcomes").properties.length // => 3
 */
export function schemaObject(contract: Contract, name?: string): SchemaObject {
  if (name === undefined) return contract.schema[0];
  const object = contract.schema.find((o) => o.name === name);
  if (!object)
    throw new InputError(`unknown object "${name}" (objects: ${contract.schema.map((o) => o.name).join(", ")})`, {
      file: contract.file
    });
  return object;
}
