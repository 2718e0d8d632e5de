import {columnKind, type ColumnKind} from "./columnKind.js";

/** The part of an Apache Arrow table a query result is read through (DuckDB-wasm returns Arrow tables). */
export interface ArrowLike {
  schema: {fields: readonly {name: string; type: unknown}[]};
  toArray(): readonly unknown[];
}

/** A query result as plain rows and typed columns. */
export interface QueryResult {
  columns: {name: string; type: string; kind: ColumnKind}[];
  rows: Record<string, unknown>[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Plain rows from an Arrow table: one object per row with a property per field, temporal values as `Date` (Arrow
 * gives dates and timestamps as epoch milliseconds or `Date`s), 64-bit integers (`bigint`) as numbers, and each
 * column's Arrow type name and kind (columnKind). A text column whose every non-null value is an ISO date
 * (`YYYY-MM-DD`, as JSON payloads carry dates) is temporal too, its values parsed as UTC midnight.
 *
 * @example queryResult(await db.query("SELECT 1 AS n")).rows; // => [{n: 1}]
 */
export function queryResult(table: ArrowLike): QueryResult {
  const input = table.toArray() as readonly Record<string, unknown>[];
  const columns = table.schema.fields.map((f) => {
    const type = String(f.type);
    const kind = columnKind(type);
    const dates =
      kind === "categorical" &&
      input.some((r) => r[f.name] != null) &&
      input.every((r) => r[f.name] == null || (typeof r[f.name] === "string" && ISO_DATE.test(r[f.name] as string)));
    return {name: f.name, type, kind: dates ? ("temporal" as const) : kind};
  });
  const rows = input.map((row) => {
    const r = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const {name, kind} of columns) {
      const v = r[name];
      out[name] =
        v === null || v === undefined
          ? null
          : kind === "temporal" && !(v instanceof Date)
            ? new Date(typeof v === "string" ? `${v}T00:00:00Z` : Number(v))
            : typeof v === "bigint"
              ? Number(v)
              : v;
    }
    return out;
  });
  return {columns, rows};
}
