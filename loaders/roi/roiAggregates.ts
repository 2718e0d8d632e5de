import type {Engine} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {SystemRelations} from "../system/System.js";
import {goLiveDay} from "../../src/lib/roi/goLiveDay.js";
import type {CostModel} from "../../src/lib/roi/parseCostModel.js";
import type {RoiCell} from "../../src/lib/roi/roiCell.js";
import type {RaterGroups} from "../../src/lib/roi/roiReport.js";
import {roiCellsSql} from "./roiCellsSql.js";
import type {RoiColumns} from "./roiColumns.js";
import {roiRatersSql} from "./roiRatersSql.js";

/** One decider's counts in one rater group (roiRatersSql, the rater id dropped), in the SQL's order. */
export interface RaterCount {
  group: "baseline" | "reviewers" | "desks";
  decisions: number;
  approvals: number;
}

/**
 * The rater counts the ROI report compares (roiRatersSql, with as many model desks as there were baseline reviewers,
 * at least 2), rater ids dropped. None when the cells have no go-live.
 *
 * @throws {Error} a DuckDB error carrying its SQL (missing file, missing column)
 */
export async function roiRaters(
  {db, partition}: {db: Db | Engine; partition?: string},
  columns: RoiColumns,
  model: CostModel,
  relations: Pick<SystemRelations, "decisions">,
  cells: readonly RoiCell[]
): Promise<RaterCount[]> {
  const goLive = goLiveDay(cells, model);
  if (goLive === null) return [];
  const engine = "dialect" in db && db.dialect !== "duckdb" ? {dialect: db.dialect, partition} : undefined;
  const before = `CAST(${columns.time} AS DATE) < CAST(${sqlLiteral(goLive)} AS DATE) AND ${columns.decisionSource} = 'human'`;
  const [{n}] = await db.all<{n: number}>(
    engine
      ? // distinct reviewers: the reviewers per shard, merged (count(DISTINCT) is not merged from partials)
        `SELECT CAST(count(r) AS INTEGER) AS n FROM (${partialAggregateSql({
          relation: {from: relations.decisions, ...(partition ? {partition} : {})},
          where: before,
          keys: [{name: "r", sql: columns.reviewer}],
          measures: []
        })}) AS "__reviewers"`
      : `SELECT count(DISTINCT ${columns.reviewer})::INTEGER AS n FROM ${relations.decisions}
WHERE CAST(${columns.time} AS DATE) < DATE ${sqlLiteral(goLive)} AND ${columns.decisionSource} = 'human'`
  );
  const sql = roiRatersSql(
    columns,
    {decisions: relations.decisions, goLive, positive: model.positiveDecision, desks: Math.max(2, n)},
    engine
  );
  const rows = await db.all<RaterCount>(sql);
  return rows.map(({group, decisions, approvals}) => ({group, decisions, approvals}));
}

/** The report's RaterGroups from the rater counts, in order. */
export function raterGroups(counts: readonly RaterCount[]): RaterGroups {
  const raters: RaterGroups = {baselineReviewers: [], automatedReviewers: [], modelDesks: []};
  const groups = {baseline: raters.baselineReviewers, reviewers: raters.automatedReviewers, desks: raters.modelDesks};
  for (const r of counts) groups[r.group].push({decisions: r.decisions, approvals: r.approvals});
  return raters;
}

/**
 * Everything the ROI report reads from one system's relations, as aggregates: the daily cells (roiCellsSql) and the
 * rater counts (roiRaters). Rater ids are dropped here. Raters are empty when the data have no go-live.
 *
 * @throws {Error} a DuckDB error carrying its SQL (missing file, missing column)
 */
export async function roiAggregates(
  {db}: {db: Db},
  columns: RoiColumns,
  model: CostModel,
  relations: Pick<SystemRelations, "decisions" | "outcomes">
): Promise<{cells: RoiCell[]; raters: RaterGroups}> {
  const cells = await db.all<RoiCell>(roiCellsSql(columns, relations));
  return {cells, raters: raterGroups(await roiRaters({db}, columns, model, relations, cells))};
}
