import {TOLERANCE, agrees} from "./sameDrift.js";

const METRICS = ["selection_rate", "tpr", "fpr", "precision"] as const;
type Metric = (typeof METRICS)[number];

/** What the check reads of `workbench fairness --format json`. */
export interface OurFairness {
  groups: ({group: string; n: number; n_labelled: number} & Record<Metric, number | null>)[];
  summary: Record<string, number | null>;
}

/** bench/peers/fairlearn.py's output: MetricFrame.by_group, difference() and ratio(). */
export interface FairlearnResult {
  groups: Record<string, {n: number; n_labelled: number} & Record<Metric, number>>;
  difference: Record<Metric, number>;
  ratio: Record<Metric, number>;
}

/**
 * Checks that the workbench and fairlearn computed the same fairness metrics on the same rows: per group the row
 * and labelled-row counts (exact) and the four metrics; between groups, difference (max − min) and ratio (min / max)
 * of each metric against the workbench's summary (demographic parity = selection rate, equal opportunity = TPR,
 * equalized odds = the larger TPR/FPR difference and the smaller ratio) or, for precision, against its group values.
 */
export function sameFairness(ours: OurFairness, peer: FairlearnResult): {ok: boolean; text: string} {
  const different: string[] = [];
  let compared = 0;
  let largest = 0;
  const check = (what: string, a: number | null | undefined, b: number) => {
    compared += 1;
    largest = Math.max(largest, Math.abs((a ?? NaN) - b));
    if (a == null || !agrees(a, b)) different.push(`${what}: workbench ${a}, fairlearn ${b}`);
  };
  const names = Object.keys(peer.groups).sort();
  const mine = [...ours.groups.map((g) => g.group)].sort();
  if (names.join() !== mine.join()) different.push(`groups: workbench ${mine}, fairlearn ${names}`);
  for (const g of ours.groups) {
    const p = peer.groups[g.group];
    if (!p) continue;
    if (g.n !== p.n || g.n_labelled !== p.n_labelled)
      different.push(
        `${g.group} rows: workbench ${g.n} (${g.n_labelled} labelled), fairlearn ${p.n} (${p.n_labelled})`
      );
    for (const metric of METRICS) check(`${g.group} ${metric}`, g[metric], p[metric]);
  }
  const s = ours.summary;
  check("demographic parity difference", s.demographic_parity_difference, peer.difference.selection_rate);
  check("demographic parity ratio", s.demographic_parity_ratio, peer.ratio.selection_rate);
  check("equal opportunity difference", s.equal_opportunity_difference, peer.difference.tpr);
  check("equal opportunity ratio", s.equal_opportunity_ratio, peer.ratio.tpr);
  check("equalized odds difference", s.equalized_odds_difference, Math.max(peer.difference.tpr, peer.difference.fpr));
  check("equalized odds ratio", s.equalized_odds_ratio, Math.min(peer.ratio.tpr, peer.ratio.fpr));
  const precision = ours.groups.map((g) => g.precision ?? NaN);
  check("precision difference", Math.max(...precision) - Math.min(...precision), peer.difference.precision);
  check("precision ratio", Math.min(...precision) / Math.max(...precision), peer.ratio.precision);
  const text =
    `${different.length === 0 ? "same rows and values" : `**DIFFERENT** (${different.join("; ")})`}: ` +
    `${compared} values compared to ${TOLERANCE} (${names.length} groups × selection rate, TPR, FPR, precision; ` +
    `difference and ratio of each), largest difference ${largest.toExponential(1)}`;
  return {ok: different.length === 0, text};
}
