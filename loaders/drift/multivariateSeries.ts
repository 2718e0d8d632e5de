import type {Db} from "../db/openDb.js";
import {fitReconstruction, type CodedFeatureTable} from "../../src/lib/drift/fitReconstruction.js";
import type {MultivariateRow} from "../../src/lib/drift/driftView.js";
import {reconstructionError} from "../../src/lib/drift/reconstructionError.js";
import {reconstructionBand} from "../../src/lib/drift/reconstructionBand.js";
import type {DriftColumns} from "./driftColumns.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {readCoded, weekReader} from "./weekReader.js";

const DAY_MS = 86_400_000;

/** Milliseconds of an ISO date or timestamp, UTC unless it carries an offset (as parseWindow reads windows). */
const utcMs = (s: string) =>
  Date.parse(s.length === 10 ? `${s}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s.replace(" ", "T")}Z`);

/**
 * Multivariate drift per ISO week as NannyML's data reconstruction error: a PCA model is fitted on the reference
 * chunks' rows (fitReconstruction: imputation, frequency encoding of categories, standardisation, the fewest axes
 * explaining more than 65 % of the variance), each week's mean reconstruction error is computed
 * (reconstructionError), and a week drifts when its error lies outside mean ± 3·√(s² + se²), s the standard deviation
 * (ddof 1) of the reference chunks' errors and se the week's sampling error (reconstructionBand). Reference chunks are the whole weeks inside the reference window; a reference chunk is
 * judged against the band of the other reference chunks (leave-one-out), so it is not part of its own baseline.
 * `columns` are the features (not the score). Weeks with fewer than 2 rows are skipped. The reference weeks are read
 * first and kept; every other week is then read and scored one at a time (weekReader), so memory is bounded by the
 * reference and the largest week, not by the log; the rows cross as typed arrays with categories as codes
 * (weekReader's readCoded: on DuckDB no JS value per row), about 100 bytes a row for 10 numbers and 5 categories.
 * Returns no row when the
 * reference has fewer than 2 whole weeks or 2 rows, or there are fewer than 2 features.
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function multivariateSeries(
  {db, log}: {db: Db; log: (message: string) => void},
  {
    system,
    relation,
    time,
    columns,
    partition
  }: {system: string; relation: string; time: string; columns: DriftColumns; partition?: string},
  reference: TimeWindow
): Promise<MultivariateRow[]> {
  if (columns.numeric.length + columns.categorical.length < 2) return [];
  const reader = await weekReader(db, relation, time, columns, partition);
  const from = utcMs(reference.from);
  const to = utcMs(reference.to);
  const refWeeks = reader.weeks.filter((w) => {
    const start = utcMs(w);
    return start >= from && start + 7 * DAY_MS <= to;
  });
  if (refWeeks.length < 2) return [];
  const refTables = await readCoded(reader, refWeeks);
  // the reference weeks' rows in order, as chunks (the fit and the errors take them in order, as one table)
  const refTable = refWeeks.map((w) => refTables.get(w)!);
  if (refTable.reduce((n, t) => n + t.rows, 0) < 2) return [];
  const model = fitReconstruction(refTable);
  log(
    `multivariate ${system}: ${model.components.length} of ${model.columns.length} components explain ${(model.kept * 100).toFixed(1)} %`
  );
  const rowStd = reconstructionError(model, refTable).std;
  // the other weeks streamed in one scan, one week in memory at a time (besides the reference's): memory is bounded
  // by the reference and the largest week, not the log
  const errors = new Map<string, {rows: number; error: number}>();
  const score = (week: string, table: CodedFeatureTable) => {
    if (table.rows >= 2) errors.set(week, {rows: table.rows, error: reconstructionError(model, [table]).mean});
  };
  for (const week of refWeeks) score(week, refTables.get(week)!);
  for await (const [week, table] of reader.eachCoded(reader.weeks.filter((w) => !refTables.has(w)))) score(week, table);
  const refErrors = refWeeks.map((w) => errors.get(w)!.error);
  const rows: MultivariateRow[] = [];
  for (const week of reader.weeks) {
    const scored = errors.get(week);
    if (!scored) continue;
    const {rows: n, error} = scored;
    const i = refWeeks.indexOf(week);
    const others = i < 0 ? refErrors : refErrors.filter((_, j) => j !== i);
    const band = others.length >= 2 ? reconstructionBand(others, rowStd, n) : null;
    rows.push({
      system,
      window_start: week,
      rows: n,
      error,
      reference: i >= 0,
      mean: band?.mean ?? null,
      lower: band?.lower ?? null,
      upper: band?.upper ?? null,
      drifted: band ? error < band.lower || error > band.upper : false,
      components: model.components.length,
      explained: model.kept
    });
  }
  return rows;
}
