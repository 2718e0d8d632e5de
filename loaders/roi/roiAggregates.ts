import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {goLiveDay} from "../../src/lib/roi/goLiveDay.js";
import type {CostModel} from "../../src/lib/roi/parseCostModel.js";
import type {RoiCell} from "../../src/lib/roi/roiCell.js";
import type {RaterGroups} from "../../src/lib/roi/roiReport.js";
import {roiCellsSql} from "./roiCellsSql.js";
import type {RoiColumns} from "./roiColumns.js";
import {roiRatersSql} from "./roiRatersSql.js";

/**
 * Everything the ROI report reads from one system's Parquet files, as aggregates: the daily cells
 * (roiCellsSql) and the rater counts (roiRatersSql, with as many model desks as there were baseline
 * reviewers, at least 2). Rater ids are dropped here. Raters are empty when the data have no go-live.
 *
 * @throws {Error} a DuckDB error carrying its SQL (missing file, missing column)
 */
export async function roiAggregates(
  {db}: {db: Db},
  columns: RoiColumns,
  model: CostModel,
  files: {decisions: string; outcomes?: string}
): Promise<{cells: RoiCell[]; raters: RaterGroups}> {
  const cells = await db.all<RoiCell>(roiCellsSql(columns, files));
  const raters: RaterGroups = {baselineReviewers: [], automatedReviewers: [], modelDesks: []};
  const goLive = goLiveDay(cells, model);
  if (goLive === null) return {cells, raters};
  const [{n}] = await db.all<{n: number}>(
    `SELECT count(DISTINCT ${columns.reviewer})::INTEGER AS n FROM read_parquet(${sqlLiteral(files.decisions)})
WHERE CAST(${columns.time} AS DATE) < DATE ${sqlLiteral(goLive)} AND ${columns.decisionSource} = 'human'`
  );
  const sql = roiRatersSql(columns, {
    decisions: files.decisions,
    goLive,
    positive: model.positiveDecision,
    desks: Math.max(2, n)
  });
  const groups = {baseline: raters.baselineReviewers, reviewers: raters.automatedReviewers, desks: raters.modelDesks};
  for (const r of await db.all<{group: keyof typeof groups; decisions: number; approvals: number}>(sql))
    groups[r.group].push({decisions: r.decisions, approvals: r.approvals});
  return {cells, raters};
}
