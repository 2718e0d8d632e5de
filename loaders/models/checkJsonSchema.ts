/** A JSON Schema (the subset checkJsonSchema understands). */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  [annotation: string]: unknown;
}

/** A value that breaks the schema, at a path like `models[2].onnx.sha256`. */
export interface SchemaError {
  path: string;
  message: string;
}

/**
 * Checks a JSON value against a JSON Schema (draft 2020-12), the subset our schemas use: `$ref` to
 * `#/$defs/<name>`, `type` (string or list; "integer" is a whole number), `enum`, `required`, `properties`,
 * `additionalProperties: false`, `items`, `minItems`, `minLength`, `pattern`, `minimum`, `maximum`. Other
 * keywords are annotations and ignored. Returns every error found (empty when valid), depth-first in key order.
 *
 * @throws {Error} for a `$ref` that does not resolve
 * @example
 * checkJsonSchema({status: "prod"}, {properties: {status: {enum: ["production"]}}});
 * // => [{path: "status", message: "must be one of production (got \"prod\")"}]
 */
export function checkJsonSchema(
  value: unknown,
  schema: JsonSchema,
  root: JsonSchema = schema,
  path = ""
): SchemaError[] {
  if (schema.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? root.$defs?.[name] : undefined;
    if (!target) throw new Error(`unresolved $ref: ${schema.$ref}`);
    return checkJsonSchema(value, target, root, path);
  }
  const at = path || "(root)";
  const got = JSON.stringify(value)?.slice(0, 60);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t)))
      return [{path: at, message: `must be ${types.join(" or ")} (got ${got})`}];
  }
  if (schema.enum && !schema.enum.some((v) => v === value))
    return [{path: at, message: `must be one of ${schema.enum.join(", ")} (got ${got})`}];
  const errors: SchemaError[] = [];
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      errors.push({path: at, message: `must have at least ${schema.minLength} characters`});
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
      errors.push({path: at, message: `must match ${schema.pattern} (got ${got})`});
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push({path: at, message: `must be ≥ ${schema.minimum} (got ${value})`});
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push({path: at, message: `must be ≤ ${schema.maximum} (got ${value})`});
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push({path: at, message: `must have at least ${schema.minItems} items`});
    if (schema.items) value.forEach((v, i) => errors.push(...checkJsonSchema(v, schema.items!, root, `${path}[${i}]`)));
  } else if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in object)) errors.push({path: join(path, key), message: "is required"});
    for (const [key, v] of Object.entries(object)) {
      const sub = schema.properties?.[key];
      if (sub) errors.push(...checkJsonSchema(v, sub, root, join(path, key)));
      else if (schema.additionalProperties === false) errors.push({path: join(path, key), message: "is not allowed"});
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
