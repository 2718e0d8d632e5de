/**
 * The typed model of an ODCS v3 data contract as the workbench reads it (see parseContract for the
 * conventions and data/contracts/credit-line.odcs.yaml for an example). Plain data, JSON-serialisable.
 */

/** Logical types the workbench can ingest (ODCS v3 `logicalType`). */
export type LogicalType = "string" | "number" | "integer" | "boolean" | "timestamp" | "date";

export interface Contract {
  /** The file the contract was read from, for error messages. */
  file: string;
  apiVersion: string;
  kind: "DataContract";
  id: string;
  name: string;
  version: string;
  status: string;
  domain?: string;
  /** `customProperties: [{property, value}]` as a map from property to value. */
  customProperties: Record<string, unknown>;
  slaProperties: SlaProperty[];
  schema: SchemaObject[];
  /** Paths of contract checks the workbench does not enforce (other quality metrics or engines). */
  unsupported: string[];
}

export interface SlaProperty {
  property: string;
  value: unknown;
  unit?: string;
  /** `element: decisions.decided_at` split into object and column (both checked to exist). */
  element?: {object: string; column: string};
}

export interface SchemaObject {
  name: string;
  physicalName: string;
  description?: string;
  properties: Property[];
  /** Schema-level `quality` entries with `type: custom, engine: workbench`. */
  rules: RowRule[];
  /** Columns whose combined value is unique: the primaryKey columns (in file order) when there are two or more. */
  compositeKey: string[];
}

export interface Property {
  name: string;
  logicalType: LogicalType;
  /** The DuckDB type values are cast to: VARCHAR, DOUBLE, FLOAT, BIGINT, INTEGER, SMALLINT, TINYINT, BOOLEAN, TIMESTAMP, DATE or DECIMAL(p,s). */
  physicalType: string;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  classification?: string;
  tags: string[];
  description?: string;
  options: PropertyOptions;
  /** Allowed values, from `quality: [{metric: invalidValues, arguments: {validValues: [...]}}]`. */
  validValues?: (string | number | boolean)[];
}

/**
 * Checks from `logicalTypeOptions`. Bounds are numbers for number/integer columns and ISO date or
 * timestamp strings for date/timestamp columns. `exclusiveMinimum: true` next to `minimum: x` is
 * normalised to `exclusiveMinimum: x` (JSON Schema draft 4 style and 2020 style both accepted).
 */
export interface PropertyOptions {
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  /** Must match the whole value (DuckDB `regexp_full_match`, RE2 syntax). */
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  format?: string;
}

/** A row-level rule: a DuckDB SQL boolean predicate over the typed columns; a row fails when it is FALSE. */
export interface RowRule {
  name: string;
  implementation: string;
  description?: string;
  dimension?: string;
  /** Where it is in the contract, e.g. `schema[0].quality[1]`. */
  path: string;
}
