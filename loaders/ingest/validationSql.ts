import type {Property, SchemaObject} from "../contract/Contract.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {castExpression} from "./castExpression.js";

/** A failed check: a non-NULL SQL condition, its code (counted in the manifest) and its message expression. */
interface Check {
  condition: string;
  check: string;
  message: string;
}

/** The raw text column of contract column `name` inside the `typed` view. */
export const rawColumn = (name: string): string => id(`$raw.${name}`);

/**
 * The SQL that validates every row of table `raw` (columns `_file, _source_file, _row, _check, _error,
 * _raw` and the object's columns as text) against a contract object, in DuckDB:
 *
 * - `typed`: a view with the lineage columns, each column's text as `"$raw.<name>"`, and each column
 *   cast to its physical type under its own name (castExpression; NULL when it does not fit).
 * - `checked`: a table adding `_ok` (the row passes) and `_failures` (NULL when ok, else a list of
 *   `{check, message}` structs). A row whose record was unusable (`_error` set) fails with that error
 *   only. Otherwise, per column in contract order: required (`x: required value missing`), type
 *   (`x: not a DOUBLE "abc"`), allowed values (`x: not in allowed values "maybe"`), minimum/maximum
 *   and exclusive bounds (`x: below minimum 0 "-5"`), pattern (full match, RE2), minLength/maxLength;
 *   then uniqueness — every copy after the first (by file then row) of a unique column's non-null
 *   value, or of a composite primary key, fails with `x: duplicate of row 17 in decisions-2026-01.csv`;
 *   then each row rule, failing when its predicate is FALSE (NULL passes, as in a SQL CHECK
 *   constraint): `rule review_fields_consistent failed`. Rules see the typed columns.
 *
 * Values in messages are JSON-quoted and cut to 100 characters.
 *
 * @example const {typed, checked} = validationSql(object); await db.run(typed); await db.run(checked);
 */
export function validationSql(object: SchemaObject): {typed: string; checked: string} {
  const lineage = "_file, _source_file, _row, _check, _error, _raw";
  const typed = `CREATE OR REPLACE VIEW typed AS SELECT ${lineage},
  ${object.properties.map((p) => `${id(p.name)} AS ${rawColumn(p.name)}`).join(", ")},
  ${object.properties.map((p) => `${castExpression(id(p.name), p.physicalType)} AS ${id(p.name)}`).join(",\n  ")}
FROM raw`;

  const checks: Check[] = object.properties.flatMap(propertyChecks);
  const keys: string[][] = [
    ...object.properties.filter((p) => p.unique).map((p) => [p.name]),
    ...(object.compositeKey.length > 0 ? [object.compositeKey] : [])
  ];
  const windows = keys.map((key, i) => {
    const window = `(PARTITION BY ${key.map(id).join(", ")} ORDER BY _file, _row)`;
    checks.push({
      condition: `coalesce(${id(`$dup.${i}`)} > 1, false)`,
      check: `${key.join(", ")}: unique`,
      message: `'${key.join(", ")}: duplicate of row ' || ${id(`$first_row.${i}`)} || ' in ' || ${id(`$first_file.${i}`)}`
    });
    return `CASE WHEN ${key.map((k) => `${id(k)} IS NOT NULL`).join(" AND ")} THEN row_number() OVER ${window} END AS ${id(`$dup.${i}`)},
    first_value(_row) OVER ${window} AS ${id(`$first_row.${i}`)},
    first_value(_source_file) OVER ${window} AS ${id(`$first_file.${i}`)}`;
  });
  for (const rule of object.rules)
    checks.push({
      condition: `((${rule.implementation}) IS FALSE)`,
      check: `rule ${rule.name}`,
      message: sqlLiteral(`rule ${rule.name} failed`)
    });

  const failures = checks.map(
    (c) => `CASE WHEN ${c.condition} THEN {'check': ${sqlLiteral(c.check)}, 'message': ${c.message}} END`
  );
  const checked = `CREATE OR REPLACE TABLE checked AS
WITH w AS (SELECT *${windows.map((w) => `,\n    ${w}`).join("")}
  FROM typed),
o AS (SELECT *, _error IS NULL AND NOT (${checks.map((c) => c.condition).join("\n    OR ") || "false"}) AS _ok FROM w)
SELECT * EXCLUDE (_check, _error), CASE
    WHEN _error IS NOT NULL THEN [{'check': _check, 'message': _error}]
    WHEN NOT _ok THEN list_filter([
      ${failures.join(",\n      ")}
    ], x -> x IS NOT NULL)
  END AS _failures
FROM o`;
  return {typed, checked};
}

function propertyChecks(p: Property): Check[] {
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
