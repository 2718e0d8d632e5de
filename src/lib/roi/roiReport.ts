import {betweenRaterSpread} from "./betweenRaterSpread.js";
import {costParameters} from "./costParameters.js";
import {goLiveDay} from "./goLiveDay.js";
import {netValue} from "./netValue.js";
import {oneWaySensitivity} from "./oneWaySensitivity.js";
import {operatingCost} from "./operatingCost.js";
import type {CostModel} from "./parseCostModel.js";
import {paybackPeriod} from "./paybackPeriod.js";
import {periodMetrics} from "./periodMetrics.js";
import type {RoiCell} from "./roiCell.js";
import type {Estimate, RaterGroups, RoiMonth, RoiReport, RoiWeek} from "./RoiPayload.js";
import {roiNarrative} from "./roiNarrative.js";
import {stratifiedBootstrap} from "./stratifiedBootstrap.js";

export type {Estimate, RaterGroups, RoiMonth, RoiReport, RoiWeek};

/**
 * The ROI report of one decision system from its daily aggregate cells and rater counts.
 *
 * Definitions (all money in model.currency):
 * - go-live: goLiveDay (model.goLive, else the first day with an automated decision). Days before it are the
 *   manual baseline; days from it to the last day of data are the automated period.
 * - net value of a set of decisions: netValue (outcome value − operating cost), with pending outcomes valued
 *   at the observed outcome mix of their period (baseline or automated); platform cost accrues per calendar day.
 * - benefit of a month: its net value − its decisions × the baseline's net value per decision (what the same
 *   volume would have been worth handled the manual way). Net value to date: Σ benefit − platform.investment.
 * - payback: paybackPeriod over the daily benefits from go-live (projected at the last 28 days' rate if not reached).
 * - intervals: stratifiedBootstrap with the baseline and each month as strata and days as units.
 * - sensitivity: oneWaySensitivity of net value to date over costParameters(model), ± model.sensitivity.range.
 *
 * @throws {Error} if there is no baseline day or no automated day, or as netValue and stratifiedBootstrap
 * @example
 * roiReport({cells, raters}, model, {replicates: 1000, seed: 1}).headline.netValueToDate; // => {value, low, high}
 */
export function roiReport(
  {cells, raters}: {cells: readonly RoiCell[]; raters: RaterGroups},
  model: CostModel,
  {replicates = 1000, seed = 1, level = 0.95}: {replicates?: number; seed?: number; level?: number} = {}
): RoiReport {
  const days = [...new Set(cells.map((c) => c.day))].sort();
  const goLive = goLiveDay(cells, model);
  if (!goLive) throw new Error(`no automated decision in the data: ${model.system}`);
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  if (!(firstDay < goLive)) throw new Error(`no baseline day before go-live: ${goLive}`);
  if (!(lastDay >= goLive)) throw new Error(`no automated day from go-live: ${goLive}`);
  const before = cells.filter((c) => c.day < goLive);
  const after = cells.filter((c) => c.day >= goLive);
  const afterDays = dayDiff(goLive, lastDay) + 1;
  const months = monthsOf(goLive, lastDay);
  const byMonth = months.map((m) => after.filter((c) => c.day.startsWith(m.month)));

  const point = (mdl: CostModel) => {
    const baseNet = netValue(before, mdl, {platformDays: 0}) / count(before);
    const benefits = months.map(
      (m, i) => netValue(byMonth[i], mdl, {platformDays: m.days, pools: [after]}) - count(byMonth[i]) * baseNet
    );
    return {baseNet, benefits, netToDate: sum(benefits) - mdl.platform.investment};
  };
  const base = point(model);

  // bootstrap: strata = baseline days, then each month's days; a unit is one day's cells
  const units = (cs: readonly RoiCell[]) => [...group(cs, (c) => c.day).values()];
  const boot = stratifiedBootstrap(
    [units(before), ...byMonth.map(units)],
    ([b, ...ms]) => {
      const bc = b.flat();
      const mcs = ms.map((m) => m.flat());
      const all = mcs.flat();
      const baseNet = netValue(bc, model, {platformDays: 0}) / count(bc);
      const benefits = mcs.map(
        (mc, i) => netValue(mc, model, {platformDays: months[i].days, pools: [all]}) - count(mc) * baseNet
      );
      const total = sum(benefits);
      const costAfter = operatingCost(all, model, afterDays).total / count(all);
      return [
        ...benefits,
        total,
        total - model.platform.investment,
        operatingCost(bc, model, 0).total / count(bc),
        costAfter
      ];
    },
    {replicates, seed, level}
  );
  const k = months.length;
  const estimate = (value: number, j: number): Estimate => ({value, low: boot.low[j], high: boot.high[j]});

  // payback from daily benefits, every calendar day from go-live
  const afterByDay = group(after, (c) => c.day);
  const daily = Array.from({length: afterDays}, (_, i) => {
    const day = addDays(goLive, i);
    const dc = afterByDay.get(day) ?? [];
    return netValue(dc, model, {platformDays: 1, pools: [after]}) - count(dc) * base.baseNet;
  });
  const payback = paybackPeriod(daily, model.platform.investment);

  let cumulative = 0;
  const monthly = months.map((m, i): RoiMonth => {
    const oc = operatingCost(byMonth[i], model, m.days).total;
    const nv = netValue(byMonth[i], model, {platformDays: m.days, pools: [after]});
    cumulative += base.benefits[i];
    return {
      month: m.month,
      days: m.days,
      decisions: count(byMonth[i]),
      outcomeValue: nv + oc,
      operatingCost: oc,
      netValue: nv,
      benefit: estimate(base.benefits[i], i),
      cumulativeBenefit: cumulative
    };
  });

  const weekly = [...group(cells, (c) => `${weekOf(c.day)} ${c.day < goLive ? "baseline" : "automated"}`)].map(
    ([key, wc]): RoiWeek => {
      const [week, period] = key.split(" ") as [string, "baseline" | "automated"];
      const platformDays = period === "baseline" ? 0 : overlap(week, addDays(week, 6), goLive, lastDay);
      return {
        week,
        period,
        ...periodMetrics(wc, model, {platformDays, pools: [period === "baseline" ? before : after]})
      };
    }
  );

  const positiveAfter = after.filter((c) => c.decision === model.positiveDecision);
  const spread = (g: {decisions: number; approvals: number}[]) =>
    g.filter((r) => r.decisions > 0).length >= 2 ? betweenRaterSpread(g.filter((r) => r.decisions > 0)) : null;
  const report: Omit<RoiReport, "narrative"> = {
    system: model.system,
    currency: model.currency,
    positiveDecision: model.positiveDecision,
    firstDay,
    goLive,
    lastDay,
    headline: {
      netValueToDate: estimate(base.netToDate, k + 1),
      benefitToDate: estimate(sum(base.benefits), k),
      investment: model.platform.investment,
      costPerDecisionBefore: estimate(operatingCost(before, model, 0).total / count(before), k + 2),
      costPerDecisionAfter: estimate(operatingCost(after, model, afterDays).total / count(after), k + 3),
      payback: {
        ...payback,
        date: payback.days === null ? null : addDays(goLive, Math.max(0, Math.ceil(payback.days) - 1))
      },
      decisionsSinceGoLive: count(after)
    },
    before: periodMetrics(before, model, {platformDays: 0}),
    after: periodMetrics(after, model, {platformDays: afterDays, pools: [after]}),
    costs: {before: operatingCost(before, model, 0), after: operatingCost(after, model, afterDays)},
    pendingShare: count(positiveAfter.filter((c) => c.outcome === null)) / Math.max(1, count(positiveAfter)),
    consistency: {
      baselineReviewers: spread(raters.baselineReviewers),
      automatedReviewers: spread(raters.automatedReviewers),
      modelDesks: spread(raters.modelDesks)
    },
    monthly,
    weekly: weekly.sort((a, b) => (a.week + a.period).localeCompare(b.week + b.period)),
    sensitivity: {
      range: model.sensitivity.range,
      ...oneWaySensitivity(model, costParameters(model), (m) => point(m).netToDate, model.sensitivity.range)
    },
    bootstrap: {replicates, seed, level, unit: "day"}
  };
  return {...report, narrative: roiNarrative(report)};
}

function count(cells: readonly RoiCell[]): number {
  return cells.reduce((n, c) => n + c.decisions, 0);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function group<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

const DAY = 86_400_000;

function addDays(day: string, n: number): string {
  return new Date(Date.parse(day + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);
}

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / DAY);
}

/** The Monday (ISO week start) of a day. */
function weekOf(day: string): string {
  return addDays(day, -((new Date(day + "T00:00:00Z").getUTCDay() + 6) % 7));
}

/** Calendar days in [a0, a1] ∩ [b0, b1], inclusive. */
function overlap(a0: string, a1: string, b0: string, b1: string): number {
  const lo = a0 > b0 ? a0 : b0;
  const hi = a1 < b1 ? a1 : b1;
  return hi < lo ? 0 : dayDiff(lo, hi) + 1;
}

/** Calendar months touched by [from, to] with the days of each inside the range. */
function monthsOf(from: string, to: string): {month: string; days: number}[] {
  const out: {month: string; days: number}[] = [];
  for (let d = from; d <= to;) {
    const month = d.slice(0, 7);
    const [y, m] = month.split("-").map(Number);
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    out.push({month, days: overlap(d, end, from, to)});
    d = addDays(end, 1);
  }
  return out;
}
