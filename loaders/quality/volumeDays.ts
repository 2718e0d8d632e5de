import type {Engine, Relation} from "../engine/Engine.js";
import {dailyGapBounds, type TimePiece} from "../../src/lib/quality/dailyGapBounds.js";
import {gapRefinement} from "../../src/lib/quality/gapRefinement.js";
import {volumePiecesSql} from "./volumePiecesSql.js";
import {volumeSql} from "./volumeSql.js";

/** A day of a decision log with a decision: how many, and the longest gap ending that day in hours (volumeSql). */
export interface VolumeDay {
  day: string;
  decisions: number;
  max_gap_hours: number | null;
}

/** The first grid's width: an hour. */
const FIRST_WIDTH = 3_600_000;

/**
 * volumeSql's days, ordered by day. On DuckDB, volumeSql itself (a window over the ordered times). On PostgreSQL,
 * from aggregates a sharded engine computes on its shards, exactly, in at most two queries (volumePiecesSql,
 * dailyGapBounds): the log cut into pieces per day and hour gives each day a lower bound L of its longest gap (the
 * largest gap between pieces, or ⌈span / (n − 1)⌉ inside one) and settles the days where no piece spans more than L;
 * the pieces that do are cut again into buckets L ms wide, which span less than L, so that the longest gap is one
 * between pieces. The same floored milliseconds as volumeSql's `unitsBetween`.
 *
 * @throws {Error} carrying the SQL when a query fails; `volumeDays: unsettled day <d>` if the second cut settles not
 *   (it cannot)
 */
export async function volumeDays(
  db: Engine,
  relation: Pick<Relation, "from" | "partition">,
  time: string,
  width = FIRST_WIDTH
): Promise<VolumeDay[]> {
  if (db.dialect === "duckdb") return db.all<VolumeDay>(volumeSql(relation.from, time, db.dialect));
  const first = await db.all<TimePiece>(volumePiecesSql(relation, time, {width}));
  const {keep, refine, widths} = gapRefinement(first);
  const second =
    refine.length === 0
      ? []
      : await db.all<TimePiece>(
          volumePiecesSql(relation, time, {
            width,
            refine: {buckets: refine.map((p) => p.lo), widths}
          })
        );
  return dailyGapBounds([...keep, ...second]).map((b) => {
    if (!b.settled) throw new Error(`volumeDays: unsettled day ${b.day}`);
    return {day: b.day, decisions: b.decisions, max_gap_hours: b.lower === null ? null : b.lower / 3_600_000};
  });
}
