import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Relation} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";

/**
 * A grid of time buckets on integer milliseconds since the epoch: `width` ms; with `refine`, only the rows of the
 * buckets that hold the listed times (ms, e.g. their pieces' `lo`), each cut again into buckets of its day's width
 * (ms, integer ≥ 1).
 */
export interface PieceGrid {
  width: number;
  refine?: {buckets: number[]; widths: Map<string, number>};
}

const EPOCH = "TIMESTAMP '1970-01-01 00:00:00'";
/** An interval of `ms` milliseconds as PostgreSQL reads it. */
const milliseconds = (ms: number) => {
  if (!(Number.isInteger(ms) && ms >= 1)) throw new Error(`volumePiecesSql: invalid width ${ms}`);
  return `${ms} milliseconds`;
};

/**
 * SQL (PostgreSQL) for a decision log cut into pieces on a time grid: per UTC day and bucket (per refined bucket
 * with `refine`), the decisions `n` and the first and last time, `lo` and `hi`, as integer milliseconds since the
 * epoch floored as dialectSql.unitsBetween counts them (DOUBLE PRECISION, exact below 2⁵³), and the `day`
 * (`YYYY-MM-DD`). Buckets are `date_bin` of an integer number of milliseconds from the epoch, so a bucket holds the
 * times whose floored milliseconds fall in it: a piece spans at most its width − 1 ms. The GROUP BY is
 * partialAggregateSql's, so a sharded engine groups on its shards (date_bin, a constant array of intervals indexed
 * by days, `= ANY` of a constant array are shipped) and only the pieces cross. For dailyGapBounds; ordered by `lo`.
 *
 * @throws {Error} `volumePiecesSql: invalid width <w>` for a width that is not a positive integer, `volumePiecesSql:
 *   no bucket to refine` or `no width to refine with` for an empty `refine`
 * @example volumePiecesSql({from: '"s"."decisions"', partition: "_shard"}, "decided_at", {width: 3_600_000})
 */
export function volumePiecesSql(relation: Pick<Relation, "from" | "partition">, time: string, grid: PieceGrid): string {
  const t = sqlIdentifier(time);
  const bucket = `date_bin(CAST('${milliseconds(grid.width)}' AS INTERVAL), ${t}, ${EPOCH})`;
  const keys = [
    {name: "day", sql: `CAST(${t} AS DATE)`},
    {name: "bucket", sql: bucket}
  ];
  let where = `${t} IS NOT NULL`;
  if (grid.refine) {
    const {buckets, widths} = grid.refine;
    if (buckets.length === 0) throw new Error("volumePiecesSql: no bucket to refine");
    const starts = [...new Set(buckets.map((ms) => ms - (((ms % grid.width) + grid.width) % grid.width)))];
    const text = starts.map((ms) => new Date(ms).toISOString().replace("T", " ").replace("Z", ""));
    where += ` AND ${bucket} = ANY (CAST('{${text.join(",")}}' AS TIMESTAMP[]))`;
    // each row's day's width, looked up in an array indexed by days since the first (a CASE would compare every day)
    const days = [...widths.keys()].sort();
    if (days.length === 0) throw new Error("volumePiecesSql: no width to refine with");
    const first = Date.parse(`${days[0]}T00:00:00Z`);
    const slots = Array.from(
      {length: (Date.parse(`${days[days.length - 1]}T00:00:00Z`) - first) / 86_400_000 + 1},
      (_, i) => {
        const ms = widths.get(new Date(first + i * 86_400_000).toISOString().slice(0, 10));
        return ms === undefined ? "NULL" : `"${milliseconds(ms)}"`;
      }
    );
    const lookup = `(CAST('{${slots.join(",")}}' AS INTERVAL[]))`;
    keys.push({
      name: "fine",
      sql: `date_bin(${lookup}[CAST(${t} AS DATE) - DATE ${sqlLiteral(days[0])} + 1], ${t}, ${EPOCH})`
    });
  }
  const pieces = partialAggregateSql({
    relation,
    where,
    keys,
    measures: [
      {name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"},
      {name: "lo", sql: `min(${t})`, merge: "min"},
      {name: "hi", sql: `max(${t})`, merge: "max"}
    ]
  });
  const ms = (x: string) => `CAST(${dialectSql.unitsBetween("postgres", "millisecond", EPOCH, x)} AS DOUBLE PRECISION)`;
  return `SELECT CAST(day AS VARCHAR) AS day, CAST(n AS DOUBLE PRECISION) AS n, ${ms("lo")} AS lo, ${ms("hi")} AS hi
FROM (${pieces}) AS "__pieces" ORDER BY lo`;
}
