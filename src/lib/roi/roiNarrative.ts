import {formatMoney} from "./formatMoney.js";
import {formatPayback} from "./formatPayback.js";
import type {RoiReport} from "./RoiPayload.js";

/**
 * The ROI report in a few plain sentences for executives, generated from its numbers only (no judgement
 * beyond what the numbers and their intervals say): value delivered with its interval, the months whose
 * whole interval is a loss, cost per decision
 * and handling before/after, payback (measured or projected), loss and approval rates with the share of
 * outcomes still pending, consistency, and the assumption the result is most sensitive to. Paragraphs
 * whose numbers are missing (e.g. no rater counts) are left out. Deterministic: dates in UTC, en-US numbers.
 *
 * @example
 * roiNarrative(report)[0]; // => "Since automated decisions went live on 31 January 2026, credit-line has made …"
 */
export function roiNarrative(r: Omit<RoiReport, "narrative">): string[] {
  const money = (v: number) => formatMoney(v, r.currency);
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const hours = (v: number) => v.toFixed(v < 10 ? 1 : 0);
  const interval = (e: {low: number; high: number}) =>
    `${Math.round(r.bootstrap.level * 100)}% interval ${money(e.low)} to ${money(e.high)}`;
  const {headline: h, before: b, after: a} = r;
  const out: string[] = [];

  let p = `Since automated decisions went live on ${longDate(r.goLive)}, ${r.system} has made ${h.decisionsSinceGoLive.toLocaleString("en-US")} decisions. Compared with handling the same volume the manual way, automation has delivered ${money(h.benefitToDate.value)} (${interval(h.benefitToDate)})`;
  p +=
    h.investment > 0
      ? `; after the one-off investment of ${money(h.investment)}, the net value to date is ${money(h.netValueToDate.value)} (${interval(h.netValueToDate)}).`
      : ".";
  const n = h.netValueToDate;
  if (n.low <= 0 && n.high >= 0)
    p += " The interval includes zero: the data do not yet show whether automation has paid off.";
  out.push(p);

  const losing = r.monthly.filter((m) => m.benefit.high < 0);
  if (losing.length > 0)
    out.push(
      `Not every month gained: ${losing.map((m) => `in ${monthName(m.month)} automation lost ${money(-m.benefit.value)} against the manual way (${interval(m.benefit)})`).join("; ")}. The interval of such a month lies wholly below zero, so this is not noise: look at what changed in that month (inputs, policy, outages).`
    );

  const change = (after: number, before: number) =>
    `${Math.abs((after / before - 1) * 100).toFixed(0)}% ${after <= before ? "lower" : "higher"}`;
  p = `Operating cost per decision went from ${money(b.costPerDecision)} to ${money(a.costPerDecision)} (${change(a.costPerDecision, b.costPerDecision)}).`;
  p += ` People now handle ${pct(a.reviewRate)} of cases instead of ${pct(b.reviewRate)}`;
  if (a.handlingMinutesPerReview !== null && b.handlingMinutesPerReview !== null)
    p += `, at ${a.handlingMinutesPerReview.toFixed(1)} minutes each instead of ${b.handlingMinutesPerReview.toFixed(1)}`;
  p += `; reviewer time went from ${hours(b.reviewerHoursPerDay)} to ${hours(a.reviewerHoursPerDay)} hours a day while volume went from ${b.decisionsPerDay.toFixed(0)} to ${a.decisionsPerDay.toFixed(0)} decisions a day.`;
  out.push(p);

  const duration = (days: number) => formatPayback({days, reached: true});
  const pb = h.payback;
  if (h.investment > 0)
    out.push(
      pb.days === null
        ? `At the last four weeks' rate the ${money(h.investment)} investment is not being recovered.`
        : pb.reached
          ? `The ${money(h.investment)} investment was recovered ${duration(pb.days)} after go-live, on ${longDate(pb.date!)}.`
          : `At the last four weeks' rate the ${money(h.investment)} investment will be recovered ${duration(pb.days)} after go-live, around ${longDate(pb.date!)}.`
    );

  if (b.lossRate !== null && a.lossRate !== null) {
    p = `Of ${r.positiveDecision} decisions with an observed outcome, ${pct(a.lossRate)} went bad after go-live against ${pct(b.lossRate)} in the manual baseline; the ${r.positiveDecision} rate went from ${pct(b.approvalRate)} to ${pct(a.approvalRate)}.`;
    if (r.pendingShare > 0)
      p += ` ${pct(r.pendingShare)} of ${r.positiveDecision} decisions since go-live have no outcome yet; they are valued at the outcome mix observed so far.`;
    out.push(p);
  }

  const {baselineReviewers: br, modelDesks: md} = r.consistency;
  if (br && md)
    out.push(
      `Manual reviewers' ${r.positiveDecision} rates differed by ${(br.betweenSd * 100).toFixed(1)} percentage points beyond chance (between-reviewer standard deviation, ${br.raters} reviewers); the system's decisions, dealt out the same way, differ by ${(md.betweenSd * 100).toFixed(1)}.`
    );

  const [top, second] = r.sensitivity.bars;
  if (top) {
    const lo = Math.min(top.outputAtLow, top.outputAtHigh);
    const hi = Math.max(top.outputAtLow, top.outputAtHigh);
    p = `The result is most sensitive to the ${top.label}: moving it by ±${Math.round(r.sensitivity.range * 100)}% moves net value to date between ${money(lo)} and ${money(hi)}`;
    p += second ? `; next comes the ${second.label} (swing ${money(second.swing)}).` : ".";
    out.push(p);
  }
  return out;
}

function monthName(month: string): string {
  const format = new Intl.DateTimeFormat("en-GB", {month: "long", year: "numeric", timeZone: "UTC"});
  return format.format(new Date(month + "-01T00:00:00Z"));
}

function longDate(day: string): string {
  const format = new Intl.DateTimeFormat("en-GB", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
  return format.format(new Date(day + "T00:00:00Z"));
}
