import type {SchemaObject} from "./Contract.js";
import {columnsByTag} from "./columnsByTag.js";

/**
 * The model features of an object (columns tagged `feature`), split by logical type: numeric
 * (number, integer) and categorical (string, boolean). Dates and timestamps are not features.
 *
 * @example featureColumns(decisions).categorical // => ["employment_type", "housing", "purpose", "region", "channel"]
 */
export function featureColumns(object: SchemaObject): {numeric: string[]; categorical: string[]} {
  const features = columnsByTag(object, "feature");
  return {
    numeric: features.filter((p) => p.logicalType === "number" || p.logicalType === "integer").map((p) => p.name),
    categorical: features.filter((p) => p.logicalType === "string" || p.logicalType === "boolean").map((p) => p.name)
  };
}
