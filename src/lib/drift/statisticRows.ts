import {formatPValue} from "../format/formatPValue.js";
import {formatStatistic} from "../format/formatStatistic.js";
import type {DriftCellRow} from "./driftView.js";
import type {DriftTest} from "./driftTests.js";

/**
 * A test's name for people, from the registry's labels ("jensenshannon" → "Jensen–Shannon distance"); the id itself
 * when the registry does not list it.
 * @example testLabel(payload.tests, "jensenshannon") // => "Jensen–Shannon distance"
 */
export function testLabel(tests: readonly Pick<DriftTest, "name" | "label">[], name: string): string {
  return tests.find((t) => t.name === name)?.label ?? name;
}

/**
 * Every statistic of one feature in one week, named in full and formatted (formatStatistic, p-values by
 * formatPValue), for the Drift page's "The test and why" card; "–" where a statistic does not apply to the
 * column's type.
 * @example statisticRows(cell)[0] // => {field: "PSI (reference deciles or categories)", text: "1.679"}
 */
export function statisticRows(cell: DriftCellRow): {field: string; text: string}[] {
  const p = (v: number | undefined) => (v === undefined ? "–" : formatPValue(v));
  return [
    {field: "PSI (reference deciles or categories)", text: formatStatistic(cell.psi)},
    {field: "Jensen–Shannon distance (base 2)", text: formatStatistic(cell.js_distance)},
    {field: "Kolmogorov–Smirnov statistic D", text: formatStatistic(cell.ks?.statistic)},
    {field: `Kolmogorov–Smirnov p-value${cell.ks ? ` (${cell.ks.method})` : ""}`, text: p(cell.ks?.pvalue)},
    {field: "Wasserstein-1 distance", text: formatStatistic(cell.wasserstein)},
    {field: "Wasserstein-1 ÷ reference standard deviation", text: formatStatistic(cell.wasserstein_normed)},
    {
      field: `Chi-square statistic${cell.chi2 ? ` (${cell.chi2.dof} degrees of freedom)` : ""}`,
      text: formatStatistic(cell.chi2?.statistic)
    },
    {field: "Chi-square p-value", text: p(cell.chi2?.pvalue)},
    {
      field: "Values: reference / current week",
      text: `${cell.reference_values.toLocaleString("en-US")} / ${cell.current_values.toLocaleString("en-US")}`
    }
  ];
}
