import type {DriftRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {resolveWindow} from "../../src/lib/alerts/resolveWindow.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {datasetDrift} from "../../src/lib/drift/datasetDrift.js";
import type {DriftCellRow, DriftReferenceRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import {InputError} from "../cli/errors.js";
import {derivedRows} from "../derived/derivedRows.js";
import {driftInput} from "../drift/driftInput.js";
import {driftSeries} from "../drift/driftSeries.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Dataset drift in the ISO weeks of the rule's current window: each week whose Monday lies in the window is compared
 * with the reference, feature by feature, as on the Drift page (the system's weekly drift series: every feature the
 * contract tags, the automatic test, the model score reported but not counted), and its share of drifted features is
 * judged against the threshold. The value is the largest weekly share; the check fails when it is at or above the
 * threshold. With the default reference (the first 4 whole weeks of model scores) the series is read from the derived
 * drift tables, the Drift page's own; a rule's `reference` computes the series against that window instead.
 *
 * @throws {InputError} for an unknown system, no decision, or a window in which no ISO week starts
 */
export async function driftCheck(ctx: CheckContext, rule: DriftRule): Promise<CheckResult> {
  const {db, log} = ctx;
  const {system, latest} = await systemFacts(ctx, rule.system);
  if (latest === null) throw new InputError("no decisions", {file: system.paths.decisions});
  let reference: {from: string; to: string};
  let cells: DriftCellRow[];
  let windows: DriftWindowRow[];
  if (rule.reference) {
    reference = resolveWindow(rule.reference, latest);
    ({cells, windows} = await driftSeries({db, log}, driftInput(system), reference, rule.threshold));
  } else {
    const [row] = await derivedRows<DriftReferenceRow>(db, [system], "drift-reference", ctx);
    if (!row) throw new InputError("no timed rows to take a reference from", {file: system.paths.decisions});
    reference = row.reference;
    cells = await derivedRows<DriftCellRow>(db, [system], "drift-cells", ctx);
    windows = await derivedRows<DriftWindowRow>(db, [system], "drift-windows", ctx);
  }
  const current = resolveWindow(rule.current, latest);
  const inside = (week: string) =>
    Date.parse(week) >= Date.parse(current.from) && Date.parse(week) < Date.parse(current.to);
  const weeks = windows
    .filter((w) => inside(w.window_start))
    .map((w) => {
      const features = cells.filter((c) => c.window_start === w.window_start && c.role === "feature");
      const dataset = datasetDrift(
        features.map((c) => c.drifted),
        rule.threshold
      );
      return {week: w.window_start, ...dataset, features: features.filter((c) => c.drifted).map((c) => c.name)};
    });
  if (weeks.length === 0) throw new InputError(`no ISO week (Monday) starts in ${current.from}..${current.to}`);
  const worst = weeks.reduce((a, b) => (b.share > a.share ? b : a));
  const result = thresholdCheck(
    rule.name,
    "largest weekly share of drifted features",
    worst.share,
    rule.threshold,
    "at or above"
  );
  return {
    ...result,
    status: weeks.some((w) => w.drifted) ? "fail" : "pass",
    message: `${worst.count} of ${worst.total} features drifted in the week of ${worst.week} (the worst of ${weeks.length} weeks in ${current.from}..${current.to}) vs ${reference.from}..${reference.to}${worst.features.length ? ` (${worst.features.join(", ")})` : ""}: ${result.message}`
  };
}
