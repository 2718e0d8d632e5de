import * as Plot from "@observablehq/plot";
import {formatMoney} from "../lib/roi/formatMoney.js";
import type {RoiReport} from "../lib/roi/roiReport.js";

export interface BeforeAfterChartOptions {
  width?: number;
}

/**
 * Operating cost per decision before and after go-live, stacked by component (human handling, automation
 * run cost, platform), with the total at the end of each bar: the report's `costs` divided by each period's
 * decisions.
 *
 * @example BeforeAfterChart(report, {width})
 */
export function BeforeAfterChart(report: RoiReport, {width}: BeforeAfterChartOptions = {}) {
  const periods = [
    {period: "Manual baseline", cost: report.costs.before, decisions: report.before.decisions},
    {period: "Automated", cost: report.costs.after, decisions: report.after.decisions}
  ];
  const components = [
    {key: "review", label: "human handling"},
    {key: "automation", label: "automation run cost"},
    {key: "platform", label: "platform"}
  ] as const;
  const rows = periods.flatMap(({period, cost, decisions}) =>
    components.map(({key, label}) => ({period, component: label, perDecision: cost[key] / decisions}))
  );
  const totals = periods.map(({period, cost, decisions}) => ({period, perDecision: cost.total / decisions}));
  const money = (v: number) => formatMoney(v, report.currency);
  return Plot.plot({
    width,
    height: 150,
    marginLeft: 120,
    marginRight: 70,
    x: {label: "Operating cost per decision", tickFormat: money, grid: true},
    y: {label: null, domain: periods.map((p) => p.period)},
    color: {legend: true, domain: components.map((c) => c.label)},
    marks: [
      Plot.barX(rows, {
        y: "period",
        x: "perDecision",
        fill: "component",
        tip: true,
        title: (d: (typeof rows)[number]) => `${d.component}: ${money(d.perDecision)}`
      }),
      Plot.text(totals, {
        y: "period",
        x: "perDecision",
        text: (d: (typeof totals)[number]) => money(d.perDecision),
        dx: 6,
        textAnchor: "start"
      })
    ]
  });
}
