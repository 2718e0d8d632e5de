import type {FairnessReport} from "./fairnessReport.js";
import type {RateName} from "./rateFractions.js";

/** Plain-language names of the rates, and the parity notion each one's equality stands for. */
export const RATE_LABELS: Record<RateName, {label: string; parity: string}> = {
  selection_rate: {label: "selection rate", parity: "demographic parity"},
  base_rate: {label: "base rate (favourable outcomes)", parity: "equal base rates"},
  tpr: {label: "true positive rate", parity: "equal opportunity"},
  fpr: {label: "false positive rate", parity: "equalized odds (FPR part)"},
  fnr: {label: "false negative rate", parity: "false negative rate parity"},
  tnr: {label: "true negative rate", parity: "true negative rate parity"},
  precision: {label: "precision", parity: "predictive parity"},
  npv: {label: "negative predictive value", parity: "NPV parity"},
  fdr: {label: "false discovery rate", parity: "false discovery rate parity"},
  for: {label: "false omission rate", parity: "false omission rate parity"},
  ppr: {label: "share of all favourable decisions", parity: "proportional parity"}
};

const f2 = (v: number) => v.toFixed(2);

/**
 * A plain-language summary of a fairness report, one sentence per finding, for reviewers:
 * which groups fall outside the band on which rates (with the rate, the reference's rate, the ratio and its
 * bootstrap interval when available), which parity summaries fail the τ rule (ratio < τ), and which groups are
 * small or suppressed. Numbers are rounded to 2 decimals. Pure; O(groups · rates).
 * @example describeFairness(report)[0]; // => "Reference group: group_a (the largest group)."
 */
export function describeFairness(report: FairnessReport, {referenceRule = "the largest group"} = {}): string[] {
  const out: string[] = [];
  if (report.reference !== null) out.push(`Reference group: ${report.reference} (${referenceRule}).`);
  const [low, high] = report.band;
  const byGroup = new Map<string, typeof report.failing>();
  for (const f of report.failing) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f]);
  for (const [group, fails] of byGroup) {
    const g = report.groups.find((x) => x.group === group)!;
    const parts = fails.map(({rate, disparity}) => {
      const ref = report.groups.find((x) => x.group === report.reference_by_rate[rate]);
      const ci = g.disparity_intervals?.[rate];
      return `${RATE_LABELS[rate].label} ${f2(g[rate]!)} vs ${f2(ref?.[rate] ?? NaN)} (ratio ${f2(disparity)}${
        ci ? `, 95 % interval ${f2(ci[0])}–${f2(ci[1])}` : ""
      }: fails ${RATE_LABELS[rate].parity})`;
    });
    out.push(`${group} is outside the band [${f2(low)}, ${f2(high)}]: ${parts.join("; ")}.`);
  }
  if (!report.failing.length)
    out.push(`Every group is inside the band [${f2(low)}, ${f2(high)}] on the checked rates.`);
  const s = report.summary;
  const verdict = (name: string, diff: number | null, ratio: number | null) =>
    diff === null || ratio === null
      ? `${name}: undefined (a rate has no denominator).`
      : `${name}: difference ${f2(diff)}, ratio ${f2(ratio)}${ratio < report.tau ? ` — below τ = ${f2(report.tau)}` : ""}.`;
  out.push(verdict("Demographic parity", s.demographic_parity_difference, s.demographic_parity_ratio));
  out.push(verdict("Equalized odds", s.equalized_odds_difference, s.equalized_odds_ratio));
  out.push(verdict("Equal opportunity", s.equal_opportunity_difference, s.equal_opportunity_ratio));
  const small = report.groups.filter((g) => g.small);
  if (small.length)
    out.push(
      `${small.length === 1 ? "Group" : "Groups"} with fewer than ${report.min_group_size} decisions${
        small.some((g) => g.suppressed) ? " (suppressed)" : " (flagged: wide intervals)"
      }: ${small.map((g) => g.group).join(", ")}.`
    );
  return out;
}
