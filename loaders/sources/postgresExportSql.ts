import {InputError} from "../cli/errors.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";

/** A half-open time window `[from, to)`; either side optional. ISO dates or timestamps (UTC unless an offset is given). */
export interface TimeWindow {
  from?: string;
  to?: string;
}

export interface PostgresExport {
  /** `[schema, name]` as in PostgresUrl.table. */
  table: [string | undefined, string];
  /** Columns to export, in this order (those the table has). */
  columns: string[];
  /** The time column the window is pushed down on (required when the window has a side). */
  time?: string;
  window?: TimeWindow;
  /** Columns that make the export order deterministic (time, then key columns); empty: the server's scan order. */
  order: string[];
}

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

/**
 * The statement that streams a table out of PostgreSQL as CSV with a header line:
 * `COPY (SELECT "a", "b" FROM "s"."t" WHERE "at" >= '2026-01-01' AND "at" < '2026-02-01' ORDER BY "at", "id")
 * TO STDOUT WITH (FORMAT csv, HEADER)`. The window is a WHERE on the time column, so PostgreSQL filters (and can
 * use an index) before any row leaves the server; each bound is an untyped literal, so it is read as the
 * column's own type (a `timestamptz` bound without an offset is in the session time zone, which
 * exportPostgres sets to UTC; a text column compares as text). Rows whose time is NULL are outside every window.
 * COPY takes no parameters, so bounds are checked against an ISO date/timestamp pattern before being inlined.
 *
 * @throws {InputError} `--from: not an ISO date or timestamp "x"`, a window without a time column
 * @example postgresExportSql({table: [undefined, "d"], columns: ["id", "at"], time: "at", window: {from: "2026-01-01"}, order: ["at"]})
 * // => `COPY (SELECT "id", "at" FROM "d" WHERE "at" >= '2026-01-01' ORDER BY "at") TO STDOUT WITH (FORMAT csv, HEADER)`
 */
export function postgresExportSql({table, columns, time, window = {}, order}: PostgresExport): string {
  if (columns.length === 0) throw new Error("postgresExportSql requires at least 1 column");
  const where: string[] = [];
  for (const [flag, op, value] of [
    ["from", ">=", window.from],
    ["to", "<", window.to]
  ] as const) {
    if (value === undefined) continue;
    if (!ISO.test(value)) throw new InputError(`--${flag}: not an ISO date or timestamp ${JSON.stringify(value)}`);
    if (time === undefined) throw new InputError(`--${flag}: the contract object has no column tagged time`);
    where.push(`${id(time)} ${op} '${value}'`);
  }
  const from = table
    .filter((t) => t !== undefined)
    .map(id)
    .join(".");
  return (
    `COPY (SELECT ${columns.map(id).join(", ")} FROM ${from}` +
    (where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "") +
    (order.length > 0 ? ` ORDER BY ${order.map(id).join(", ")}` : "") +
    ") TO STDOUT WITH (FORMAT csv, HEADER)"
  );
}
