/** A feature of `workbench drift --format json`. */
export interface OurFeature {
  name: string;
  type: "numeric" | "categorical";
  psi: number;
  js_distance: number;
  ks: {pvalue: number} | null;
  wasserstein_normed: number | null;
  reference_values: number;
  current_values: number;
}

/** A column of bench/peers/evidently.py's output: Evidently's StatTest results. */
export interface EvidentlyFeature {
  name: string;
  type: "num" | "cat";
  reference_values: number;
  current_values: number;
  tests: Record<string, {score: number; drifted: boolean}>;
}

/** Values agree when |a − b| ≤ 1e-9 · max(1, |a|, |b|): absolute for p-values and shares, relative for large values. */
export const TOLERANCE = 1e-9;
export const agrees = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Checks that the workbench and Evidently computed the same drift on the same rows, wherever both define a statistic
 * the same way:
 * - every feature: the same count of non-null values in each window (the same rows);
 * - numeric: normed Wasserstein (both: W1 / max(population std of the reference, 0.001)) and the two-sided KS p-value
 *   (Evidently calls scipy's ks_2samp, `auto` mode; the workbench reproduces it);
 * - categorical: PSI on the category shares (both fill an empty share with 1e-4, Evidently smaller still when a share
 *   is already below it) and the Jensen–Shannon distance, ours in base 2, Evidently's in base e: ours · √ln 2.
 * Not comparable, so not compared: numeric PSI (Evidently bins reference + current with Sturges' rule, or by value
 * when the reference has ≤ 20 distinct values; the workbench bins by reference deciles) and chi-square (Evidently:
 * goodness of fit of the current counts against the reference shares; the workbench: homogeneity of the 2 × K table).
 */
export function sameDrift(ours: OurFeature[], peer: EvidentlyFeature[]): {ok: boolean; text: string} {
  const byName = new Map(ours.map((f) => [f.name, f]));
  const different: string[] = [];
  let compared = 0;
  let largest = 0;
  const check = (feature: string, what: string, a: number, b: number) => {
    compared += 1;
    largest = Math.max(largest, Math.abs(a - b));
    if (!agrees(a, b)) different.push(`${feature} ${what}: workbench ${a}, Evidently ${b}`);
  };
  for (const p of peer) {
    const o = byName.get(p.name);
    if (!o) {
      different.push(`${p.name}: not in the workbench's report`);
      continue;
    }
    if (o.reference_values !== p.reference_values || o.current_values !== p.current_values)
      different.push(
        `${p.name} rows: workbench ${o.reference_values} + ${o.current_values}, Evidently ${p.reference_values} + ${p.current_values}`
      );
    if (p.type === "num") {
      check(p.name, "normed Wasserstein", o.wasserstein_normed ?? NaN, p.tests.wasserstein.score);
      check(p.name, "KS p-value", o.ks?.pvalue ?? NaN, p.tests.ks.score);
    } else {
      check(p.name, "PSI", o.psi, p.tests.psi.score);
      check(p.name, "Jensen–Shannon", o.js_distance * Math.sqrt(Math.LN2), p.tests.jensenshannon.score);
    }
  }
  const text =
    `${different.length === 0 ? "same rows and values" : `**DIFFERENT** (${different.join("; ")})`}: ` +
    `${compared} values of ${peer.length} features compared to ${TOLERANCE} (normed Wasserstein and KS p-value of ` +
    `numeric features, PSI and Jensen–Shannon of categorical ones), largest difference ${largest.toExponential(1)}; ` +
    "numeric PSI (other bins) and chi-square (another test) differ by definition and are not compared";
  return {ok: different.length === 0, text};
}
