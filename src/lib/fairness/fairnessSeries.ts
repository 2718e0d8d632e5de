import type {Confusion} from "./confusionCounts.js";
import {fairnessReport, type FairnessOptions, type FairnessReport} from "./fairnessReport.js";

/**
 * Per-window fairness reports (e.g. per month or quarter): rows of (window, group, confusion) — as a SQL
 * `GROUP BY date_trunc('month', decided_at), group` returns them — become one fairnessReport per window, windows
 * in ascending order of their key (ISO dates sort correctly). A window where a named reference group is absent
 * or suppressed gets `report: null` and a `reason`. Cost: one fairnessReport per window.
 * @throws {Error} on invalid options (see fairnessReport)
 * @example
 * fairnessSeries([{window: "2024-01", group: "a", confusion}, ...], {tau: 0.8})[0].report?.summary;
 */
export function fairnessSeries(
  rows: readonly {window: string; group: string; confusion: Confusion}[],
  options: FairnessOptions = {}
): {window: string; report: FairnessReport | null; reason?: string}[] {
  const byWindow = new Map<string, {group: string; confusion: Confusion}[]>();
  for (const {window, group, confusion} of rows) {
    let list = byWindow.get(window);
    if (!list) byWindow.set(window, (list = []));
    list.push({group, confusion});
  }
  const windows = [...byWindow.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const named = typeof options.reference === "object" ? options.reference.group : null;
  return windows.map((window) => {
    const groups = byWindow.get(window)!;
    if (named !== null) {
      const ref = groups.find((g) => g.group === named);
      const size = ref ? Object.values(ref.confusion).reduce((a, b) => a + b, 0) : 0;
      if (!ref || (options.suppressSmall && size < (options.minGroupSize ?? 30)))
        return {window, report: null, reason: `reference group ${named} absent or suppressed`};
    }
    return {window, report: fairnessReport(groups, options)};
  });
}
