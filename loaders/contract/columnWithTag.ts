import {InputError} from "../cli/errors.js";
import type {Property, SchemaObject} from "./Contract.js";
import {columnsByTag} from "./columnsByTag.js";

/**
 * The one column of an object carrying a tag (e.g. `score`, `decision`, `time`), for roles that must
 * be unique. With `optional`, returns undefined when no column has the tag.
 *
 * @throws {InputError} when no column (unless optional) or more than one column has the tag
 * @example columnWithTag(decisions, "score").name // => "score"
 */
export function columnWithTag(object: SchemaObject, tag: string, optional: true): Property | undefined;
export function columnWithTag(object: SchemaObject, tag: string, optional?: false): Property;
export function columnWithTag(object: SchemaObject, tag: string, optional = false): Property | undefined {
  const columns = columnsByTag(object, tag);
  if (columns.length > 1)
    throw new InputError(
      `object ${object.name}: tag ${tag} on ${columns.length} columns: ${columns.map((c) => c.name)}`
    );
  if (columns.length === 0 && !optional) throw new InputError(`object ${object.name}: no column tagged ${tag}`);
  return columns[0];
}
