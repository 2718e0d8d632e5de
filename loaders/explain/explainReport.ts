import {explainChange, type ExplainResult} from "../../src/lib/explain/explainChange.js";
import {segmentTable} from "../../src/lib/explain/segmentTable.js";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {defaultReference} from "../system/defaultReference.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {binEdges} from "./binEdges.js";
import {explainCountsSql, windowWhere} from "./explainCountsSql.js";
import {explainMetric} from "./explainMetric.js";
import {explainRelationSql} from "./explainRelationSql.js";
import type {ExplainSystem} from "./explainSystem.js";

/** The result of `workbench explain`: the decomposition and how it was made. */
export interface ExplainReport extends ExplainResult {
  system: string;
  metric: {id: string; label: string; description: string; threshold: number | null};
  from: TimeWindow;
  to: TimeWindow;
  /** The window whose deciles cut the numeric attributes (default: the Drift page's reference). */
  bins_reference: TimeWindow;
  /** Each numeric attribute's inner bin edges. */
  bins: Record<string, number[]>;
}

/**
 * Why a system's rate changed from one window to another (explainChange over every segmenting attribute of
 * explainSystem): counts the rate's rows and events per segment of each attribute in both windows, in DuckDB
 * (explainCountsSql), numeric attributes cut at the deciles of the bins reference (binEdges; default the Drift
 * page's reference window, defaultReference: 4 whole weeks from the first Monday with a model score), a quantile
 * metric read as the exceedance of its reference quantile (explainMetric).
 *
 * @throws {InputError} for an unknown metric, a window without rows, or no bins reference
 * @example await explainReport(db, system, "positive_rate", {from: "2026-04-01", to: "2026-05-01"}, {from: "2026-05-01", to: "2026-06-01"});
 */
export async function explainReport(
  db: Db,
  system: ExplainSystem,
  metricId: string,
  from: TimeWindow,
  to: TimeWindow,
  binsReference?: TimeWindow
): Promise<ExplainReport> {
  const spc = system.metrics.find((m) => m.id === metricId);
  if (!spc)
    throw new InputError(
      `--metric: unknown or not decomposable metric ${JSON.stringify(metricId)} (${system.metrics.map((m) => m.id).join(", ")})`
    );
  const relation = explainRelationSql(system);
  const reference =
    binsReference ??
    (await defaultReference(db, `read_parquet(${sqlLiteral(system.decisions)})`, system.time, system.score));
  if (!reference) throw new InputError(`no decision with a time in ${system.decisions}: no bins reference`);
  const metric = await explainMetric(db, spc, `(${relation})`, windowWhere(reference)).catch((error: Error) => {
    throw new InputError(error.message, {}, {cause: error});
  });
  const bins = await binEdges(db, system.attributes, `(${relation})`, windowWhere(reference));
  const rows = await db.all<{bucket: string; attribute: string; segment: string; n0: number; count0: number}>(
    explainCountsSql(relation, system.attributes, bins, [metric], {windows: [from, to]})
  );
  for (const w of [0, 1])
    if (!rows.some((r) => r.bucket === String(w) && r.n0 > 0))
      throw new InputError(
        `--${w ? "to" : "from"}: no rows of ${metric.id} in ${(w ? to : from).from}..${(w ? to : from).to} (${system.system})`
      );
  const table = segmentTable(
    rows.map((r) => ({
      attribute: r.attribute,
      segment: r.segment,
      window: r.bucket === "0" ? 0 : 1,
      n: r.n0,
      count: r.count0
    })),
    system.attributes.map((a) => ({name: a.name, order: bins[a.name]?.labels}))
  );
  return {
    system: system.system,
    metric: {id: metric.id, label: metric.label, description: metric.description, threshold: metric.threshold ?? null},
    from,
    to,
    bins_reference: reference,
    bins: Object.fromEntries(Object.entries(bins).map(([k, b]) => [k, b.edges])),
    ...explainChange(table, {metric: metric.label})
  };
}
