import type {LogicalType, Property, PropertyOptions} from "./Contract.js";
import {contractError} from "./contractError.js";
import {isMapping} from "./isMapping.js";
import {physicalType} from "./physicalType.js";

const LOGICAL_TYPES: readonly LogicalType[] = ["string", "number", "integer", "boolean", "timestamp", "date"];

/** logicalTypeOptions keys ODCS v3 defines per logical type; others are reported as unknown. */
const OPTION_KEYS: Record<LogicalType, readonly string[]> = {
  string: ["format", "pattern", "minLength", "maxLength"],
  number: ["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  integer: ["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  boolean: [],
  timestamp: ["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "timezone", "defaultTimezone"],
  date: ["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]
};

/**
 * Parses and validates one ODCS v3 schema property (a column). `path` locates it in the contract
 * (`schema[0].properties[5]`) for error messages; `unsupported` collects checks that are not enforced.
 *
 * @throws {InputError} `<file>: <path>.<key>: <problem>` for anything invalid
 */
export function parseProperty(raw: unknown, file: string, path: string, unsupported: string[]): Property {
  const fail = (key: string, message: string) => contractError(file, key ? `${path}.${key}` : path, message);
  if (!isMapping(raw)) throw fail("", "not a mapping");
  const name = raw.name;
  if (typeof name !== "string" || name.trim() === "") throw fail("name", "missing property name");
  let logicalType: LogicalType;
  if (raw.logicalType === undefined) throw fail("logicalType", "missing logical type");
  else if (!LOGICAL_TYPES.includes(raw.logicalType as LogicalType))
    throw fail("logicalType", `unknown logical type ${JSON.stringify(raw.logicalType)}`);
  else logicalType = raw.logicalType as LogicalType;
  if (raw.physicalType !== undefined && typeof raw.physicalType !== "string")
    throw fail("physicalType", `not a string: ${JSON.stringify(raw.physicalType)}`);
  let type: string;
  try {
    type = physicalType(logicalType, raw.physicalType);
  } catch (error) {
    throw fail("physicalType", (error as Error).message);
  }
  const flag = (key: string): boolean => {
    const v = raw[key];
    if (v === undefined) return false;
    if (typeof v !== "boolean") throw fail(key, `not a boolean: ${JSON.stringify(v)}`);
    return v;
  };
  const primaryKey = flag("primaryKey");
  const property: Property = {
    name,
    logicalType,
    physicalType: type,
    required: flag("required") || primaryKey,
    unique: flag("unique"),
    primaryKey,
    tags: stringList(raw.tags, () => fail("tags", "not a list of strings")),
    options: parseOptions(raw.logicalTypeOptions, logicalType, (key, message) =>
      fail(key ? `logicalTypeOptions.${key}` : "logicalTypeOptions", message)
    )
  };
  if (raw.classification !== undefined) {
    if (typeof raw.classification !== "string") throw fail("classification", "not a string");
    property.classification = raw.classification;
  }
  if (typeof raw.description === "string") property.description = raw.description;
  if (raw.quality !== undefined) {
    if (!Array.isArray(raw.quality)) throw fail("quality", "not a list");
    raw.quality.forEach((q: unknown, i) => {
      const at = `quality[${i}]`;
      if (!isMapping(q)) throw fail(at, "not a mapping");
      if (q.metric !== "invalidValues" && q.rule !== "validValues") return void unsupported.push(`${path}.${at}`);
      const values = isMapping(q.arguments) ? q.arguments.validValues : undefined;
      if (!Array.isArray(values) || values.length === 0)
        throw fail(`${at}.arguments.validValues`, "not a non-empty list");
      if (q.mustBe !== undefined && q.mustBe !== 0)
        throw fail(`${at}.mustBe`, `only mustBe: 0 is supported: ${q.mustBe}`);
      property.validValues = values.map((v: unknown, j) =>
        validValue(v, logicalType, () =>
          fail(`${at}.arguments.validValues[${j}]`, `not a ${logicalType}: ${JSON.stringify(v)}`)
        )
      );
    });
  }
  // format: epoch_ms on a timestamp is the workbench's (epoch milliseconds instead of ISO text); others are not enforced
  const epochMs = logicalType === "timestamp" && property.options.format === "epoch_ms";
  if (
    (property.options.format !== undefined && !epochMs) ||
    (isMapping(raw.logicalTypeOptions) && "multipleOf" in raw.logicalTypeOptions)
  )
    unsupported.push(`${path}.logicalTypeOptions`);
  return property;
}

function parseOptions(
  raw: unknown,
  logicalType: LogicalType,
  fail: (key: string, message: string) => Error
): PropertyOptions {
  if (raw === undefined) return {};
  if (!isMapping(raw)) throw fail("", "not a mapping");
  const options: PropertyOptions = {};
  const numeric = logicalType === "number" || logicalType === "integer";
  const bound = (key: string): number | string => {
    const v = raw[key];
    if (numeric ? typeof v === "number" && Number.isFinite(v) : typeof v === "string" && !Number.isNaN(Date.parse(v)))
      return v as number | string;
    throw fail(key, `not a ${numeric ? "number" : logicalType}: ${JSON.stringify(v)}`);
  };
  for (const key of Object.keys(raw)) {
    if (!OPTION_KEYS[logicalType].includes(key)) throw fail(key, `unknown option for logical type ${logicalType}`);
    const v = raw[key];
    if (key === "minimum" || key === "maximum") options[key] = bound(key);
    else if (key === "exclusiveMinimum" || key === "exclusiveMaximum") {
      if (typeof v !== "boolean") options[key] = bound(key);
    } else if (key === "pattern") {
      if (typeof v !== "string") throw fail(key, `not a string: ${JSON.stringify(v)}`);
      try {
        new RegExp(v, "u");
      } catch {
        throw fail(key, `invalid regular expression ${JSON.stringify(v)}`);
      }
      if (/\(\?<?[=!]|\\[1-9]/.test(v))
        throw fail(key, `lookaround and backreferences are not supported (RE2): ${JSON.stringify(v)}`);
      options.pattern = v;
    } else if (key === "minLength" || key === "maxLength") {
      if (!Number.isSafeInteger(v) || (v as number) < 0)
        throw fail(key, `not a non-negative integer: ${JSON.stringify(v)}`);
      options[key] = v as number;
    } else if (key === "format" && typeof v === "string") options.format = v;
  }
  for (const side of ["Minimum", "Maximum"] as const) {
    const exclusive = raw[`exclusive${side}`];
    const plain = side === "Minimum" ? "minimum" : "maximum";
    if (exclusive === true) {
      if (options[plain] === undefined) throw fail(`exclusive${side}`, `true without ${plain}`);
      options[`exclusive${side}`] = options[plain];
      delete options[plain];
    }
  }
  const lower = options.minimum ?? options.exclusiveMinimum;
  const upper = options.maximum ?? options.exclusiveMaximum;
  if (lower !== undefined && upper !== undefined && compare(lower, upper) > 0)
    throw fail("", `minimum ${lower} > maximum ${upper}`);
  if (options.minLength !== undefined && options.maxLength !== undefined && options.minLength > options.maxLength)
    throw fail("", `minLength ${options.minLength} > maxLength ${options.maxLength}`);
  return options;
}

function compare(a: number | string, b: number | string): number {
  return typeof a === "number" && typeof b === "number" ? a - b : Date.parse(String(a)) - Date.parse(String(b));
}

function validValue(v: unknown, logicalType: LogicalType, fail: () => Error): string | number | boolean {
  if (logicalType === "number" || logicalType === "integer") {
    if (typeof v === "number" && (logicalType === "number" || Number.isSafeInteger(v))) return v;
  } else if (logicalType === "boolean") {
    if (typeof v === "boolean") return v;
  } else if (typeof v === "string" || typeof v === "number") return String(v); // YAML reads `1` as a number
  throw fail();
}

function stringList(v: unknown, fail: () => Error): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) throw fail();
  return v;
}
