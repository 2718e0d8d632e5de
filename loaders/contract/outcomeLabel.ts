import type {Contract} from "./Contract.js";
import {contractError} from "./contractError.js";

/**
 * Where the observed outcome lives (`customProperties: outcomeLabel`, a boolean column name, e.g.
 * `defaulted`): the first schema object other than the decisions object that has that column, or the
 * decisions object itself. `true` is the adverse outcome the score predicts.
 *
 * @throws {InputError} `<file>: customProperties.outcomeLabel: ...` when missing, unknown or not boolean
 * @example outcomeLabel(contract) // => {object: "outcomes", column: "defaulted"}
 */
export function outcomeLabel(contract: Contract): {object: string; column: string} {
  const column = contract.customProperties.outcomeLabel;
  const fail = (message: string) => contractError(contract.file, "customProperties.outcomeLabel", message);
  if (typeof column !== "string" || column === "") throw fail(`missing or not a string: ${JSON.stringify(column)}`);
  const objects = [...contract.schema.slice(1), contract.schema[0]];
  const object = objects.find((o) => o.properties.some((p) => p.name === column));
  if (!object) throw fail(`no object has a column "${column}"`);
  if (object.properties.find((p) => p.name === column)!.logicalType !== "boolean")
    throw fail(`column ${object.name}.${column} is not boolean`);
  return {object: object.name, column};
}
