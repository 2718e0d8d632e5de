/** One bar of a tornado chart: the output with one parameter at its low and at its high value. */
export interface SensitivityBar {
  key: string;
  label: string;
  value: number;
  low: number;
  high: number;
  /** The output with the parameter at `low`, resp. `high`, every other parameter at its base value. */
  outputAtLow: number;
  outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|: the bars are sorted by it, largest first. */
  swing: number;
}

/**
 * One-way (one-at-a-time) sensitivity analysis, the data of a tornado diagram (Eschenbach 1992, "Spiderplots
 * versus tornado diagrams for sensitivity analysis", Interfaces 22(6)): every parameter in turn is set to
 * `value × (1 − range)` and `value × (1 + range)` with all others at base, and `evaluate` is recomputed.
 * Bars are sorted by swing, largest first (ties keep input order). Cost: 2 · parameters evaluations.
 *
 * @throws {Error} if range is not in (0, 1) or evaluate returns a non-finite value
 * @example
 * oneWaySensitivity(10, [{key: "k", label: "k", value: 10, apply: (v) => v}], (v) => 2 * v, 0.5).bars[0].swing; // => 20
 */
export function oneWaySensitivity<M>(
  base: M,
  parameters: readonly {key: string; label: string; value: number; apply(value: number): M}[],
  evaluate: (model: M) => number,
  range: number
): {output: number; bars: SensitivityBar[]} {
  if (!(range > 0 && range < 1)) throw new Error(`invalid range: ${range}`);
  const run = (m: M) => {
    const y = evaluate(m);
    if (!Number.isFinite(y)) throw new Error(`evaluate not finite: ${y}`);
    return y;
  };
  const bars = parameters.map(({key, label, value, apply}): SensitivityBar => {
    const low = value * (1 - range);
    const high = value * (1 + range);
    const outputAtLow = run(apply(low));
    const outputAtHigh = run(apply(high));
    return {key, label, value, low, high, outputAtLow, outputAtHigh, swing: Math.abs(outputAtHigh - outputAtLow)};
  });
  return {output: run(base), bars: bars.sort((a, b) => b.swing - a.swing)};
}
