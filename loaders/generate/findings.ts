import {isoDate} from "./calendar.js";
import {PLAN} from "./plan.js";
import type {SystemName} from "./systems.js";

/** One planted finding as manifest.json documents it; `observed` is filled in from this sample. */
export interface Finding {
  id: string;
  number: number;
  system: SystemName | "both";
  title: string;
  /** Inclusive day range (0-based from 2026-01-01) and its dates, when the finding has one. */
  days: {from: number; to: number; fromDate: string; toDate: string} | null;
  segment: string | null;
  mechanism: string;
  expected: string;
  observed?: unknown;
}

const days = (from: number, to: number) => ({from, to, fromDate: isoDate(from), toDate: isoDate(to)});

/** The planted findings, generated from PLAN so the dates and magnitudes cannot disagree with the data. */
export function plannedFindings(): Finding[] {
  const cl = PLAN["credit-line"];
  const fs = PLAN["fraud-screen"];
  return [
    {
      id: "credit-manual-baseline",
      number: 1,
      system: "credit-line",
      title: "Pre-automation baseline",
      days: days(0, cl.manualUntilDay - 1),
      segment: null,
      mechanism:
        "Every application is decided by one of 12 reviewers (decision_source human, no model, score or threshold); " +
        "each reviewer has a fixed leniency (reviewers.ts) and perceives the true risk with N(0, 0.9²) log-odds noise; review_seconds lognormal, median 30 min.",
      expected:
        "approve rates differ by reviewer (R01 strictest, R12 most lenient); review_seconds 20–40 min; automated from day 30 (2026-01-31)."
    },
    {
      id: "credit-feature-drift",
      number: 2,
      system: "credit-line",
      title: "New partner channel: income down, utilisation up",
      days: days(cl.drift.fromDay, cl.drift.toDay),
      segment: "channel = partner",
      mechanism: `${cl.drift.newPartnerShare * 100} % of applicants come from a new partner (channel partner, income ×${Math.exp(cl.drift.logIncomeShift).toFixed(2)}, utilisation log-odds +${cl.drift.utilizationLogitShift}, inquiries ×1.4) and volume rises 25 %; back to normal from day ${cl.drift.toDay + 1}.`,
      expected:
        "partner share ~5 % → ~57 %; mean and median income ~25–30 % lower; PSI of income, credit_utilization and channel high in the window only."
    },
    {
      id: "credit-unfair-segment",
      number: 3,
      system: "credit-line",
      title: "group_c scored worse than its true risk",
      days: days(cl.manualUntilDay, 179),
      segment: "ethnicity = group_c (via region = south)",
      mechanism: `credit-lr carries +${cl.southPenalty} log-odds on region=south that true risk does not have; 62 % of group_c applicants live in the south against 8 % of group_a (ethnicity is never a model input).`,
      expected: "approve rate of group_c < 0.8 × group_a's while true default rates are within a percentage point."
    },
    {
      id: "credit-outage",
      number: 4,
      system: "credit-line",
      title: "Model service outage: fallback spike",
      days: days(cl.outage.fromDay, cl.outage.toDay),
      segment: null,
      mechanism: `${cl.outage.fallbackRate * 100} % of decisions fall back to rules (decision_source fallback, score and threshold null, routed to review, latency ~1.6 s) against ${cl.baseFallbackRate * 100} % on other automated days.`,
      expected: "p-chart of the fallback rate out of control on these three days only."
    },
    {
      id: "credit-latency-step",
      number: 4,
      system: "credit-line",
      title: "Latency step up",
      days: days(cl.latencyStep.fromDay, 179),
      segment: "decision_source in (model, rule)",
      mechanism: `model latency (lognormal, median 55 ms) is multiplied by ${cl.latencyStep.factor} from day ${cl.latencyStep.fromDay} on.`,
      expected: "mean latency_ms +40 % from 2026-06-10; an individuals/EWMA chart shifts up."
    },
    {
      id: "fraud-threshold-step",
      number: 4,
      system: "fraud-screen",
      title: "Flag threshold lowered: flag-rate step",
      days: days(fs.thresholdStep.fromDay, 179),
      segment: null,
      mechanism: `threshold ${fs.threshold} on days 0–${fs.thresholdStep.fromDay - 1}, ${fs.thresholdStep.threshold} from day ${fs.thresholdStep.fromDay} (the threshold column shows it).`,
      expected: "flag rate steps up by about a third from 2026-03-17; p-chart run rules fire soon after."
    },
    {
      id: "fraud-category-drift",
      number: 2,
      system: "fraud-screen",
      title: "Crypto and gaming surge",
      days: days(fs.drift.fromDay, fs.drift.toDay),
      segment: "merchant_category in (crypto, gaming)",
      mechanism: `crypto takes ${fs.drift.shares.crypto * 100} % and gaming ${fs.drift.shares.gaming * 100} % of transactions (normally 1 % and 4 %), other categories scaled down.`,
      expected: "crypto+gaming share ~5 % → ~26 % in the window; PSI of merchant_category high; flag rate up with it."
    },
    {
      id: "credit-shadow-age",
      number: 5,
      system: "credit-line",
      title: "Challenger better overall, worse for 65+",
      days: days(cl.shadowFromDay, 179),
      segment: `age_band = ${cl.shadowWeakSegment.ageBand}`,
      mechanism: `shadow credit-gbdt 2.0.0 runs from day ${cl.shadowFromDay} (shadow columns null before and on fallback rows). It has no region=south term and follows the non-linear risk, but cannot rank ${cl.shadowWeakSegment.employmentType} applicants (75 % of age band ${cl.shadowWeakSegment.ageBand}): the stand-in scores every one of them at their mean risk; the trained model learnt from outcome labels mis-joined among them. The flaw is in the model, not added by the generator, so shadow scores replay exactly.`,
      expected: "shadow AUC > production AUC overall, shadow AUC < production AUC for 65+."
    },
    {
      id: "fraud-shadow",
      number: 5,
      system: "fraud-screen",
      title: "Fraud challenger (no planted effect)",
      days: days(fs.shadowFromDay, 179),
      segment: null,
      mechanism: "shadow fraud-lr 1.1.0 (a linear model) runs from day 90 beside the production fraud-gbdt 1.0.0.",
      expected: "shadow AUC a little below production's: the challenger should not be promoted."
    },
    {
      id: "malformed-rows",
      number: 6,
      system: "both",
      title: "Malformed rows for the quarantine (both systems)",
      days: null,
      segment: null,
      mechanism:
        "12 rows per system, one defect each, listed under `malformed` with file, line, decision_id and reason.",
      expected: "ingest quarantines exactly these rows (24 in all) with the listed reasons; no outcome refers to them."
    }
  ];
}
