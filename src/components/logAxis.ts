import * as Plot from "@observablehq/plot";

/**
 * The axis and grid marks of a log scale with every tick labelled: `ticks` at their place, each with
 * `format(tick)` as its text. Plot hands a log scale's `tickFormat` to d3's logScale.tickFormat, which blanks the
 * labels it finds crowded (on a domain [0.72, 1.375] the band edge 0.8 came out as a bare tick); giving the text
 * channel directly leaves every label in place (docs/conventions.md: no log axis without labelled ticks).
 *
 * @example Plot.plot({y: {type: "log", domain}, marks: [...logAxis("y", [0.8, 1, 1.25], String, {label: "↑ Ratio"}), ...]})
 */
export function logAxis(
  k: "x" | "y",
  ticks: readonly number[],
  format: (tick: number) => string,
  {label}: {label?: string} = {}
): Plot.Markish[] {
  const options = {text: format, label};
  return k === "x" ? [Plot.gridX(ticks), Plot.axisX(ticks, options)] : [Plot.gridY(ticks), Plot.axisY(ticks, options)];
}
