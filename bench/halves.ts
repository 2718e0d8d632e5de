import {openDb} from "../loaders/db/openDb.js";
import {sqlIdentifier} from "../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../loaders/db/sqlLiteral.js";

/** Two half-open time windows as `<from>..<to>` flags, and the rows each holds. */
export interface Halves {
  reference: string;
  current: string;
  rows: {reference: number; current: number};
}

/**
 * Issue 14's drift setup: reference = the first half of the rows in time order, current = the second half. The
 * split is the time of row ⌊n/2⌋ (0-based) in time order; reference = [first time, split), current = [split, last
 * time + 1 ms), ISO 8601 in UTC to the millisecond, so the workbench and the peers select the same rows.
 */
export async function halves(parquet: string, time: string): Promise<Halves> {
  const t = sqlIdentifier(time);
  const iso = (x: string) => `strftime(${x}, '%Y-%m-%dT%H:%M:%S.%gZ')`;
  const db = await openDb();
  try {
    const relation = `read_parquet(${sqlLiteral(parquet)})`;
    const [{n}] = await db.all<{n: number}>(`SELECT count(*)::DOUBLE AS n FROM ${relation}`);
    const [w] = await db.all<{lo: string; mid: string; hi: string; ref: number}>(
      `WITH s AS (SELECT ${t} AS t FROM ${relation} ORDER BY t LIMIT 1 OFFSET ${Math.floor(n / 2)})
       SELECT ${iso(`min(${t})`)} AS lo, ${iso("(SELECT t FROM s)")} AS mid, ${iso(`max(${t}) + INTERVAL 1 millisecond`)} AS hi,
              (count(*) FILTER (WHERE ${t} < (SELECT t FROM s)))::DOUBLE AS ref
       FROM ${relation}`
    );
    return {reference: `${w.lo}..${w.mid}`, current: `${w.mid}..${w.hi}`, rows: {reference: w.ref, current: n - w.ref}};
  } finally {
    db.close();
  }
}
