import type {Baseline} from "../spc/baselineRange.js";
import {individualsChart} from "../spc/individualsChart.js";

export interface VolumePoint {
  value: number;
  /** The seasonal factor the point was divided by (1 without factors). */
  factor: number;
  /** factor × centre: the volume expected on this point's day. */
  expected: number;
  /** factor × max(0, centre − 3σ̂) */
  lcl: number;
  /** factor × (centre + 3σ̂) */
  ucl: number;
  /** "high" above ucl, "low" below lcl, else null. */
  anomaly: "high" | "low" | null;
  /** 1 inside the baseline, 2 after it. */
  phase: 1 | 2;
}

export interface VolumeAnomalies {
  /** Mean of the baseline's adjusted values (value / factor). */
  center: number;
  /** σ̂ = max(MR̄ / 1.128, √centre) on the adjusted scale. */
  sigma: number;
  /** Whether σ̂ is the Poisson floor √centre rather than the moving-range estimate. */
  poissonFloor: boolean;
  points: VolumePoint[];
}

/**
 * Flags anomalous volumes (decisions per day or week) with an individuals (X–mR) control chart on the seasonally
 * adjusted counts: each value is divided by its factor (see dayOfWeekFactors; default 1), the SPC library's
 * individualsChart estimates the centre x̄ and σ̂ = MR̄/1.128 on the baseline, and σ̂ is floored at √x̄, the standard
 * deviation of a Poisson count with that mean, so a perfectly regular series (MR̄ ≈ 0) does not flag a count that
 * is off by one. A point is an anomaly when it lies beyond x̄ ± 3σ̂ (Shewhart's rule 1; Montgomery, Introduction to
 * Statistical Quality Control, 7th ed., §6.4); limits and the expected value are returned on the original scale
 * (multiplied back by the point's factor), the lower limit clipped at 0. Runs in O(n).
 *
 * @throws {Error} `invalid factor: <f>` for a factor that is not finite and positive, when lengths differ, and
 *   whatever individualsChart throws (a non-finite value, fewer than 2 baseline points)
 * @example volumeAnomalies([100, 100, 100, 100, 160]).points[4].anomaly; // => "high" (x̄ 112, σ̂ 15/1.128, UCL 151.9)
 */
export function volumeAnomalies(
  values: readonly number[],
  {baseline, factors}: {baseline?: Baseline; factors?: readonly number[]} = {}
): VolumeAnomalies {
  if (factors && factors.length !== values.length)
    throw new Error(`volumeAnomalies: ${factors.length} factors for ${values.length} values`);
  for (const f of factors ?? []) if (!(Number.isFinite(f) && f > 0)) throw new Error(`invalid factor: ${f}`);
  const factor = (i: number) => (factors ? factors[i] : 1);
  const chart = individualsChart(
    values.map((v, i) => v / factor(i)),
    {baseline}
  );
  const floor = Math.sqrt(Math.max(chart.center, 0));
  const sigma = Math.max(chart.sigma, floor);
  const lcl = Math.max(0, chart.center - 3 * sigma);
  const ucl = chart.center + 3 * sigma;
  return {
    center: chart.center,
    sigma,
    poissonFloor: floor > chart.sigma,
    points: values.map((value, i) => {
      const f = factor(i);
      const point = {value, factor: f, expected: f * chart.center, lcl: f * lcl, ucl: f * ucl};
      return {
        ...point,
        anomaly: value > point.ucl ? "high" : value < point.lcl ? "low" : null,
        phase: chart.points[i].phase
      };
    })
  };
}
