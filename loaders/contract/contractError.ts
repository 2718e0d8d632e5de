import {InputError} from "../cli/errors.js";

/**
 * The error for an invalid contract: `<file>: <path>: <message>`, e.g.
 * `data/contracts/x.odcs.yaml: schema[0].properties[5].logicalType: unknown logical type "numbr"`.
 * An InputError, so the CLI exits 2.
 */
export function contractError(file: string, path: string, message: string): InputError {
  return new InputError(path ? `${path}: ${message}` : message, {file});
}
