import type {Property, SchemaObject} from "./Contract.js";

/**
 * The columns of an object carrying a tag, in contract order. Tags name a column's role:
 * `feature`, `protected`, `pii`, `score`, `threshold`, `decision`, `final_decision`, `time`, `label`, ...
 * (classification `pii`/`protected` is not consulted: tag the column too).
 *
 * @example columnsByTag(decisions, "protected").map((p) => p.name) // => ["sex", "age_band", "ethnicity"]
 */
export function columnsByTag(object: SchemaObject, tag: string): Property[] {
  return object.properties.filter((p) => p.tags.includes(tag));
}
