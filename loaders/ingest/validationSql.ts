import type {Property, SchemaObject} from "../contract/Contract.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {castExpression} from "./castExpression.js";
import {DEFAULT_INGEST_SETTINGS, type IngestSettings} from "./ingestSettings.js";

/** What validation judges against besides the contract object: the run's clock and the contract's ingest settings. */
export interface ValidationContext {
  /** The run's wall-clock start: timestamps later than this plus `settings.futureSkewSeconds` are implausible. */
  now: Date;
  settings: IngestSettings;
  /** The source may hold CR, LF, VT or FF inside values (castExpression); default true. */
  rareWhitespace?: boolean;
}

/** A failed check: a non-NULL SQL condition, its code (counted in the manifest) and its message expression. */
interface Check {
  condition: string;
  check: string;
  message: string;
}

/** The raw text column of contract column `name` in a validated relation (its typed value keeps the name). */
export const rawColumn = (name: string): string => id(`$raw.${name}`);

/** The SQL pieces that validate rows of a raw relation (see validationSql). */
export interface Validation {
  /**
   * `typed(relation)`: a query over a raw relation (columns `_file, _r, _check, _error` and each contract column as
   * text under its name) giving those lineage columns, each column's text as `"$raw.<name>"` and its value cast to
   * its physical type under its own name.
   */
  typed: (relation: string) => string;
  /** Over `typed`: a list of `{check, message}` of the row's failed column checks and rules, NULL when none. */
  failures: string;
  /** The unique keys: each a list of columns (single unique columns, then the composite primary key). */
  keys: string[][];
}

/**
 * The SQL that validates rows against a contract object, in DuckDB, one streaming pass (ingest runs it over the
 * sources as DuckDB reads them and keeps only what the rest of the run needs):
 *
 * - `typed`: each column's text as `"$raw.<name>"` and cast to its physical type under its own name
 *   (castExpression: the documented grammars; NULL when it does not fit).
 * - `failures`: NULL for a valid row, else its failed checks in order. A row whose record was unusable (`_error`
 *   set) fails with that error only. Otherwise, per column in contract order: required (`x: required value
 *   missing`), type (`x: not a DOUBLE "abc"`), allowed values (`x: not in allowed values "maybe"`),
 *   minimum/maximum and exclusive bounds (`x: below minimum 0 "-5"`), the plausible window of timestamps and
 *   dates (`x: later than the ingest time + 1 d "2062-…"`, `x: before 2000-01-01, the earliest plausible time`),
 *   pattern (full match, RE2), minLength/maxLength; then each row rule, failing when its predicate is FALSE (NULL
 *   passes, as in a SQL CHECK constraint): `rule review_fields_consistent failed`. Rules see the typed columns.
 * - `keys`: uniqueness is checked afterwards over the whole run (duplicatesSql): every copy after the first (by
 *   file, then line) of a unique column's non-null value, or of a composite primary key, fails with
 *   `x: duplicate of row 17 in decisions-2026-01.csv`, placed before the rules in the row's list.
 *
 * Values in messages are JSON-quoted and cut to 100 characters.
 *
 * @example const v = validationSql(object, {now: new Date(), settings}); `SELECT *, ${v.failures} FROM (SELECT ${v.typed} FROM raw)`
 */
export function validationSql(
  object: SchemaObject,
  context: ValidationContext = {now: new Date(), settings: DEFAULT_INGEST_SETTINGS}
): Validation {
  const cast = (p: Property) =>
    castExpression(rawColumn(p.name), p.physicalType, {
      format: p.options.format,
      rareWhitespace: context.rareWhitespace
    });
  const raws = object.properties.map((p) => `${id(p.name)} AS ${rawColumn(p.name)}`).join(", ");
  const casts = object.properties.map((p) => `${cast(p)} AS ${id(p.name)}`).join(",\n  ");
  const checks: Check[] = [
    ...object.properties.flatMap((p) => propertyChecks(p, context)),
    ...object.rules.map((rule) => ({
      condition: `((${rule.implementation}) IS FALSE)`,
      check: `rule ${rule.name}`,
      message: sqlLiteral(`rule ${rule.name} failed`)
    }))
  ];
  const list = checks.map(
    (c) => `CASE WHEN ${c.condition} THEN {'check': ${sqlLiteral(c.check)}, 'message': ${c.message}} END`
  );
  const failures = `CASE
    WHEN _error IS NOT NULL THEN [{'check': _check, 'message': _error}]
    WHEN ${checks.map((c) => c.condition).join("\n      OR ") || "false"}
    THEN list_filter([
      ${list.join(",\n      ")}
    ], x -> x IS NOT NULL)
  END`;
  return {
    typed: (relation) => `SELECT *, ${casts} FROM (SELECT _file, _r, _check, _error, ${raws} FROM ${relation})`,
    failures,
    keys: [
      ...object.properties.filter((p) => p.unique).map((p) => [p.name]),
      ...(object.compositeKey.length > 0 ? [object.compositeKey] : [])
    ]
  };
}

function propertyChecks(p: Property, context: ValidationContext): Check[] {
  const raw = rawColumn(p.name);
  const value = id(p.name);
  const shown = `to_json(left(${raw}, 100))::VARCHAR`;
  const check = (condition: string, kind: string, message: string): Check => ({
    condition: `coalesce(${condition}, false)`,
    check: `${p.name}: ${kind}`,
    message: `${sqlLiteral(`${p.name}: ${message} `)} || ${shown}`
  });
  const bound = (v: number | string) =>
    typeof v === "number" ? sqlLiteral(v) : castExpression(sqlLiteral(v), p.physicalType);
  const checks: Check[] = [];
  if (p.required)
    checks.push({
      condition: `${raw} IS NULL`,
      check: `${p.name}: required`,
      message: sqlLiteral(`${p.name}: required value missing`)
    });
  if (p.physicalType !== "VARCHAR")
    checks.push(check(`${raw} IS NOT NULL AND ${value} IS NULL`, "type", `not a ${p.physicalType}`));
  if (p.validValues)
    checks.push(
      check(
        `${value} NOT IN (${p.validValues.map((v) => bound(v as number | string)).join(", ")})`,
        "allowed values",
        "not in allowed values"
      )
    );
  const o = p.options;
  if (o.minimum !== undefined)
    checks.push(check(`${value} < ${bound(o.minimum)}`, "minimum", `below minimum ${o.minimum}`));
  if (o.exclusiveMinimum !== undefined)
    checks.push(
      check(`${value} <= ${bound(o.exclusiveMinimum)}`, "minimum", `not above exclusive minimum ${o.exclusiveMinimum}`)
    );
  if (o.maximum !== undefined)
    checks.push(check(`${value} > ${bound(o.maximum)}`, "maximum", `above maximum ${o.maximum}`));
  if (o.exclusiveMaximum !== undefined)
    checks.push(
      check(`${value} >= ${bound(o.exclusiveMaximum)}`, "maximum", `not below exclusive maximum ${o.exclusiveMaximum}`)
    );
  checks.push(...plausibility(p, context, check));
  if (o.pattern !== undefined)
    checks.push(
      check(`NOT regexp_full_match(${raw}, ${sqlLiteral(o.pattern)})`, "pattern", `does not match pattern ${o.pattern}`)
    );
  if (o.minLength !== undefined)
    checks.push(check(`length(${raw}) < ${o.minLength}`, "minLength", `shorter than minLength ${o.minLength}`));
  if (o.maxLength !== undefined)
    checks.push(check(`length(${raw}) > ${o.maxLength}`, "maxLength", `longer than maxLength ${o.maxLength}`));
  return checks;
}

/**
 * The plausible window of a timestamp or date column: not before `settings.earliest` unless the column has its own
 * minimum, not later than the run's clock plus `settings.futureSkewSeconds` unless it has its own maximum. Messages
 * do not name the clock, so re-runs write the same quarantine.
 */
function plausibility(
  p: Property,
  {now, settings}: ValidationContext,
  check: (condition: string, kind: string, message: string) => Check
): Check[] {
  if (p.physicalType !== "TIMESTAMP" && p.physicalType !== "DATE") return [];
  const value = id(p.name);
  const o = p.options;
  const literal = (iso: string) =>
    p.physicalType === "DATE"
      ? `DATE ${sqlLiteral(iso.slice(0, 10))}`
      : `TIMESTAMP ${sqlLiteral(iso.replace("Z", ""))}`;
  const checks: Check[] = [];
  if (o.minimum === undefined && o.exclusiveMinimum === undefined)
    checks.push(
      check(
        `${value} < ${literal(settings.earliest)}`,
        "earliest",
        `before ${settings.earliest.slice(0, 10)}, the earliest plausible time`
      )
    );
  if (o.maximum === undefined && o.exclusiveMaximum === undefined) {
    const latest = new Date(now.getTime() + settings.futureSkewSeconds * 1000).toISOString();
    checks.push(
      check(
        `${value} > ${literal(latest)}`,
        "future",
        `later than the ingest time + ${duration(settings.futureSkewSeconds)}`
      )
    );
  }
  return checks;
}

/** 86400 → "1 d", 5400 → "90 min", 30 → "30 s". */
function duration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
