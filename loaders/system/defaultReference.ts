import type {Db} from "../db/openDb.js";
import type {Engine, Relation} from "../engine/Engine.js";
import {extremeText} from "../engine/extremeText.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {TimeWindow} from "./parseWindow.js";
import {timeSql} from "./timeSql.js";
import {settings} from "../../src/lib/settings.js";

/**
 * The default reference window of a decision log: the `settings.drift.referenceWeeks` (4) whole ISO weeks (Monday 00:00 UTC) starting at the first
 * Monday on or after the first row that has a model score (`score`), or after the first row when there is no score
 * column or no score. Starting where the model starts keeps a manual pre-automation period out of the reference.
 *
 * @throws {Error} (with the SQL) when the query fails; returns null when the relation has no timed row
 */
export async function defaultReference(
  db: Db | Engine,
  relation: string,
  time: string,
  score?: string,
  partition?: string
): Promise<TimeWindow | null> {
  if ("dialect" in db && db.dialect !== "duckdb") return engineReference(db, {from: relation, partition}, time, score);
  const t = timeSql(time);
  const where = score ? `WHERE ${sqlIdentifier(score)} IS NOT NULL AND ${t} IS NOT NULL` : `WHERE ${t} IS NOT NULL`;
  const [row] = await db.all<{from: string | null; to: string | null}>(
    `WITH first AS (SELECT min(${t}) AS t0 FROM ${relation} ${where}),
      monday AS (SELECT CASE WHEN date_trunc('week', t0) = t0 THEN t0 ELSE date_trunc('week', t0) + INTERVAL 7 DAY END AS m FROM first)
     SELECT strftime(m, '%Y-%m-%d') AS "from", strftime(m + INTERVAL ${settings.drift.referenceWeeks * 7} DAY, '%Y-%m-%d') AS "to" FROM monday`
  );
  return row?.from && row.to ? {from: row.from, to: row.to} : null;
}

/**
 * defaultReference on another engine (a typed UTC timestamp column): the first timed row (with a score) from a
 * partial min the shards compute, as text with its microseconds, and its week's Monday (the next one unless it is
 * a Monday at 00:00:00 exactly) worked out here.
 */
async function engineReference(
  engine: Engine,
  relation: Pick<Relation, "from" | "partition">,
  time: string,
  score?: string
): Promise<TimeWindow | null> {
  const t = sqlIdentifier(time);
  const where = score ? `${sqlIdentifier(score)} IS NOT NULL AND ${t} IS NOT NULL` : `${t} IS NOT NULL`;
  const first = await extremeText("min", {engine, ...relation}, t, where);
  if (first === null) return null;
  const [date, clock = "00:00:00"] = first.split(" ");
  const day = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
  const midnight = /^00:00:00(\.0+)?$/.test(clock);
  const monday = day - weekday * 86_400_000 + (weekday === 0 && midnight ? 0 : 7 * 86_400_000);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {from: iso(monday), to: iso(monday + settings.drift.referenceWeeks * 7 * 86_400_000)};
}
