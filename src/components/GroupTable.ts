import {html} from "htl";
import {RATE_LABELS} from "../lib/fairness/describeFairness.js";
import type {FairnessReport} from "../lib/fairness/fairnessReport.js";
import {groupTable} from "../lib/fairness/groupTable.js";
import type {RateName} from "../lib/fairness/rateFractions.js";

const fixed3 = (v: number | null) => (v === null ? "–" : v.toFixed(3));
const interval = (low: number | null, high: number | null) =>
  low === null || high === null ? "" : `[${low.toFixed(3)}, ${high.toFixed(3)}]`;

/**
 * The per-group table of a fairness report focused on one rate (see groupTable): counts, the main rates, the
 * chosen rate with its Wilson interval, its disparity with the bootstrap interval, and the band verdict; rows
 * outside the band are marked with the class `outside`.
 * @example GroupTable(report, {rate: "selection_rate"})
 */
export function GroupTable(report: FairnessReport, {rate}: {rate: RateName}): HTMLElement {
  const rows = groupTable(report, rate);
  return html`<table class="fairness-groups">
    <thead>
      <tr>
        <th>group</th>
        <th>n</th>
        <th>labelled</th>
        <th>selection</th>
        <th>base rate</th>
        <th>TPR</th>
        <th>FPR</th>
        <th>precision</th>
        <th>${RATE_LABELS[rate].label} [Wilson 95 %]</th>
        <th>disparity [bootstrap 95 %]</th>
        <th>verdict</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr class=${r.verdict.startsWith("OUTSIDE") ? "outside" : ""}>
            <td>${r.group}</td>
            <td>${r.n.toLocaleString("en-US")}</td>
            <td>${r.labelled.toLocaleString("en-US")}</td>
            <td>${fixed3(r.selection_rate)}</td>
            <td>${fixed3(r.base_rate)}</td>
            <td>${fixed3(r.tpr)}</td>
            <td>${fixed3(r.fpr)}</td>
            <td>${fixed3(r.precision)}</td>
            <td>${fixed3(r.rate)} ${interval(r.rate_low, r.rate_high)}</td>
            <td>${fixed3(r.disparity)} ${interval(r.disparity_low, r.disparity_high)}</td>
            <td>${r.verdict}</td>
          </tr>`
      )}
    </tbody>
  </table>`;
}
