import {DAYS, dayOfWeek} from "./calendar.js";
import {PLAN} from "./plan.js";
import type {SystemName} from "./systems.js";

/**
 * Relative decision volume of a day: credit applications dip at weekends (Saturday 0.55, Sunday 0.45) and rise
 * by a quarter while the new partner sends applicants (drift window); card transactions are 10 % busier at
 * weekends.
 */
export function dayWeight(system: SystemName, day: number): number {
  const dow = dayOfWeek(day);
  if (system === "fraud-screen") return dow === 0 || dow === 6 ? 1.1 : 1;
  const {drift} = PLAN["credit-line"];
  const weekly = dow === 6 ? 0.55 : dow === 0 ? 0.45 : 1;
  return weekly * (day >= drift.fromDay && day <= drift.toDay ? 1.25 : 1);
}

/**
 * Splits `total` rows over the 180 days in proportion to dayWeight by the largest-remainder (Hamilton) method:
 * each day gets ⌊total·wᵢ/Σw⌋, then the leftover rows go one each to the days with the largest fractional
 * parts (ties to the earlier day). The counts sum to `total` exactly.
 *
 * @throws {Error} when total is not a non-negative safe integer
 */
export function dailyCounts(system: SystemName, total: number): Int32Array {
  if (!(Number.isSafeInteger(total) && total >= 0)) throw new Error(`invalid total: ${total}`);
  const weights = Array.from({length: DAYS}, (_, d) => dayWeight(system, d));
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = Int32Array.from(exact, Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((e, d) => [e - Math.floor(e), d]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; left > 0; ++i, --left) ++counts[order[i][1]];
  return counts;
}
