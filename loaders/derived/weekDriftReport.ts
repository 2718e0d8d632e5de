import type {Db} from "../db/openDb.js";
import {driftReportOf, type DriftReport} from "../drift/driftReport.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {System} from "../system/System.js";
import {weekStart} from "../system/weekStart.js";
import type {DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import {derivedRows} from "./derivedRows.js";
import type {DriftReferenceRow} from "../../src/lib/drift/driftView.js";

/**
 * The drift report of one ISO week against the system's default reference, read from its weekly drift series (the
 * drift-reference, drift-cells and drift-windows tables) instead of computed: the same numbers driftReport gives for
 * that window, since both compare the week's values with the reference's by sampleDrift. Null when the series cannot
 * answer: `current` is not one whole ISO week (a Monday to the next, as dates), the week has no row, or a compared
 * column has no value in it (driftReport then reports which).
 *
 * @example await weekDriftReport(db, system, {from: "2026-05-04", to: "2026-05-11"}, 0.3, {log}) // => DriftReport
 */
export async function weekDriftReport(
  db: Db,
  system: System,
  current: TimeWindow,
  share: number,
  {log, columns}: {log: (message: string) => void; columns: number}
): Promise<DriftReport | null> {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(current.from) || !date.test(current.to) || weekStart(current.from) !== current.from) return null;
  if (Date.parse(current.to) - Date.parse(current.from) !== 7 * 86_400_000) return null;
  const [row] = await derivedRows<DriftReferenceRow>(db, [system], "drift-reference", {log});
  if (!row) return null;
  const windows = await derivedRows<DriftWindowRow>(db, [system], "drift-windows", {log});
  const week = windows.find((w) => w.window_start === current.from);
  const cells = (await derivedRows<DriftCellRow>(db, [system], "drift-cells", {log})).filter(
    (c) => c.window_start === current.from
  );
  if (!week || cells.length !== columns) return null;
  const {reference} = row;
  const rows = windows
    .filter((w) => w.window_start >= reference.from && w.window_start < reference.to)
    .reduce((n, w) => n + w.rows, 0);
  log(
    `reference [${reference.from}, ${reference.to}): ${rows} rows; current [${current.from}, ${current.to}): ${week.rows} rows (from the derived drift tables)`
  );
  const features = cells.map(({system: _s, window_start: _w, role: _r, ...feature}) => feature);
  const prediction = cells.find((c) => c.role === "prediction")?.name;
  return driftReportOf({rows, ...reference}, {rows: week.rows, ...current}, features, share, prediction);
}
