import * as Plot from "@observablehq/plot";
import type {ExplainComponent} from "../lib/explain/explainChange.js";
import {formatPercent} from "../lib/format/formatPercent.js";
import {formatSigned} from "../lib/format/formatSigned.js";
import {categorical, palette} from "./palette.js";

export interface ExplainChartOptions {
  /** How many attributes to draw, ranked as given (default 8). */
  top?: number;
  /** The change of the rate (drawn as a rule: each attribute's three parts add up to it). */
  change: number;
  width?: number;
  height?: number;
  document?: Document;
}

const PARTS = ["mix", "rate", "interaction"] as const;
// parts of a decomposition have no verdict: categorical colours that are neither ok blue nor alarm red, the
// remainder grey
const COLORS = [categorical[3], categorical[2], palette.reference];

/**
 * Why a rate moved, attribute by attribute: for the top attributes (ranked by share explained), the change split into
 * mix (the population moved between the attribute's segments), rate (decisions changed within segments) and
 * interaction, as stacked bars in points of the rate (positive parts right of 0, negative left), the share the mix
 * explains printed at the end of each row, and the total change as a dashed rule. Bars carry aria-label mix,
 * rate or interaction.
 *
 * @example ExplainChart(result.components, {change: result.change, width})
 */
export function ExplainChart(
  components: readonly ExplainComponent[],
  {top = 8, change, width, height, document}: ExplainChartOptions
) {
  const shown = components.slice(0, top);
  const parts = shown.flatMap((c) => PARTS.map((part) => ({attribute: c.attribute, part, value: 100 * c[part]})));
  const order = shown.map((c) => c.attribute);
  return Plot.plot({
    document,
    width,
    height: height ?? 60 + 28 * shown.length,
    marginLeft: 150,
    marginRight: 70,
    x: {label: "Change of the rate (percentage points) →", grid: true},
    y: {label: null, domain: order},
    color: {domain: [...PARTS], range: COLORS, legend: true},
    marks: [
      Plot.barX(parts, {x: "value", y: "attribute", fill: "part", ariaLabel: (d: {part: string}) => d.part}),
      Plot.ruleX([0]),
      Plot.ruleX([100 * change], {stroke: "currentColor", strokeDasharray: "4 3"}),
      Plot.text(shown, {
        y: "attribute",
        text: (c: ExplainComponent) => (c.share_explained === null ? "" : `${formatPercent(c.share_explained, 0)} mix`),
        frameAnchor: "right",
        textAnchor: "start",
        dx: 6
      }),
      Plot.tip(
        parts,
        Plot.pointerY(
          Plot.stackX({
            x: "value",
            y: "attribute",
            title: (d: {attribute: string; part: string; value: number}) =>
              `${d.attribute}: ${d.part} ${formatSigned(d.value, 2, " pp")}`
          })
        )
      )
    ]
  });
}
