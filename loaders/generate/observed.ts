import {PLAN} from "./plan.js";
import type {Applicant} from "./samplePopulation.js";
import {ETHNICITIES} from "./protectedAttributes.js";
import type {Row, SystemName} from "./systems.js";

const BINS = 10_000;

/** Scores in [0, 1] of positives and negatives in 10,000 equal bins, for an AUC in constant memory. */
export class AucBins {
  pos = new Float64Array(BINS);
  neg = new Float64Array(BINS);
  add(score: number, label: boolean) {
    const b = Math.min(BINS - 1, Math.floor(score * BINS));
    (label ? this.pos : this.neg)[b] += 1;
  }
  /** Mann–Whitney AUC over the bins; pairs within a bin count one half (error at most their share). */
  auc(): number {
    let below = 0;
    let sum = 0;
    let p = 0;
    for (let b = 0; b < BINS; ++b) {
      sum += this.pos[b] * (below + this.neg[b] / 2);
      below += this.neg[b];
      p += this.pos[b];
    }
    return p && below ? sum / (p * below) : NaN;
  }
}

const rate = (num: number, den: number) => (den ? round(num / den, 4) : null);
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const inDays = (day: number, from: number, to: number) => day >= from && day <= to;

/**
 * Counters the generator keeps while it writes, so manifest.json can state the magnitude each planted finding
 * actually has in this sample (rates, means and AUCs over the well-formed rows; labels are the simulated
 * outcomes of every decision, observed or not). Constant memory.
 */
export class Observed {
  private byGroup = ETHNICITIES.map(() => ({n: 0, approve: 0, finalApprove: 0, defaults: 0}));
  private manual = new Map<string, {n: number; approve: number}>();
  private fallback = {outage: [0, 0], other: [0, 0]};
  private latency = {before: [0, 0], after: [0, 0]};
  private drift = [0, 1, 2].map(() => ({n: 0, income: 0, partner: 0, utilization: 0}));
  private credit = {
    production: new AucBins(),
    shadow: new AucBins(),
    production65: new AucBins(),
    shadow65: new AucBins()
  };
  private flags = {before: [0, 0], after: [0, 0]};
  private surge = [0, 1, 2].map(() => ({n: 0, cryptoGaming: 0}));
  private fraud = {production: new AucBins(), shadow: new AucBins()};
  private labels = {"credit-line": [0, 0], "fraud-screen": [0, 0]};

  add(system: SystemName, day: number, row: Row, applicant: Applicant): void {
    const label = applicant.label;
    this.labels[system][0] += 1;
    this.labels[system][1] += +label;
    if (system === "credit-line") this.addCredit(day, row, label);
    else this.addFraud(day, row, label);
  }

  private addCredit(day: number, row: Row, label: boolean) {
    const plan = PLAN["credit-line"];
    if (day < plan.manualUntilDay) {
      const r = this.manual.get(row.reviewer_id as string) ?? {n: 0, approve: 0};
      r.n += 1;
      r.approve += +(row.decision === "approve");
      this.manual.set(row.reviewer_id as string, r);
    } else {
      const g = this.byGroup[ETHNICITIES.indexOf(row.ethnicity as string)];
      g.n += 1;
      g.approve += +(row.decision === "approve");
      g.finalApprove += +(row.final_decision === "approve");
      g.defaults += +label;
      const f = inDays(day, plan.outage.fromDay, plan.outage.toDay) ? this.fallback.outage : this.fallback.other;
      f[0] += 1;
      f[1] += +(row.decision_source === "fallback");
    }
    if (row.decision_source === "model" || row.decision_source === "rule") {
      const from = plan.latencyStep.fromDay;
      const l = inDays(day, from - 30, from - 1) ? this.latency.before : day >= from ? this.latency.after : null;
      if (l) {
        l[0] += 1;
        l[1] += row.latency_ms as number;
      }
    }
    const {fromDay, toDay} = plan.drift;
    const width = toDay - fromDay + 1;
    const w = day >= fromDay - width && day < fromDay + 2 * width ? Math.floor((day - (fromDay - width)) / width) : -1;
    if (w >= 0) {
      const d = this.drift[w];
      d.n += 1;
      d.income += row.income as number;
      d.utilization += row.credit_utilization as number;
      d.partner += +(row.channel === "partner");
    }
    if (row.shadow_score !== null && row.score !== null) {
      const old = row.age_band === plan.shadowWeakSegment.ageBand;
      this.credit.production.add(row.score as number, label);
      this.credit.shadow.add(row.shadow_score as number, label);
      if (old) {
        this.credit.production65.add(row.score as number, label);
        this.credit.shadow65.add(row.shadow_score as number, label);
      }
    }
  }

  private addFraud(day: number, row: Row, label: boolean) {
    const plan = PLAN["fraud-screen"];
    const f = day >= plan.thresholdStep.fromDay ? this.flags.after : this.flags.before;
    f[0] += 1;
    f[1] += +(row.decision === "flag");
    const {fromDay, toDay} = plan.drift;
    const width = toDay - fromDay + 1;
    const w = day >= fromDay - width && day < fromDay + 2 * width ? Math.floor((day - (fromDay - width)) / width) : -1;
    if (w >= 0) {
      this.surge[w].n += 1;
      this.surge[w].cryptoGaming += +(row.merchant_category === "crypto" || row.merchant_category === "gaming");
    }
    if (row.shadow_score !== null && row.score !== null) {
      this.fraud.production.add(row.score as number, label);
      this.fraud.shadow.add(row.shadow_score as number, label);
    }
  }

  /** The observed magnitudes by finding id (see manifest.ts). */
  summary() {
    const groups = Object.fromEntries(
      ETHNICITIES.map((e, i) => {
        const g = this.byGroup[i];
        return [
          e,
          {
            decisions: g.n,
            approveRate: rate(g.approve, g.n),
            finalApproveRate: rate(g.finalApprove, g.n),
            defaultRate: rate(g.defaults, g.n)
          }
        ];
      })
    );
    const [a, c] = [this.byGroup[0], this.byGroup[2]];
    const manual = [...this.manual.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([reviewer, r]) => ({reviewer, decisions: r.n, approveRate: rate(r.approve, r.n)}));
    const drift = ["before", "during", "after"].map((window, i) => ({
      window,
      decisions: this.drift[i].n,
      meanIncome: this.drift[i].n ? round(this.drift[i].income / this.drift[i].n, 0) : null,
      meanUtilization: this.drift[i].n ? round(this.drift[i].utilization / this.drift[i].n, 4) : null,
      partnerShare: rate(this.drift[i].partner, this.drift[i].n)
    }));
    const auc = (b: AucBins) => (Number.isNaN(b.auc()) ? null : round(b.auc(), 4));
    return {
      "credit-manual-baseline": {reviewers: manual},
      "credit-feature-drift": {windows: drift},
      "credit-unfair-segment": {
        groups,
        approveRateRatioCtoA: a.n && c.n ? rate(c.approve / c.n, a.approve / a.n) : null,
        finalApproveRateRatioCtoA: a.n && c.n ? rate(c.finalApprove / c.n, a.finalApprove / a.n) : null
      },
      "credit-outage": {
        fallbackRateOutage: rate(this.fallback.outage[1], this.fallback.outage[0]),
        fallbackRateOtherAutomatedDays: rate(this.fallback.other[1], this.fallback.other[0])
      },
      "credit-latency-step": {
        meanLatencyMs30DaysBefore: this.latency.before[0]
          ? round(this.latency.before[1] / this.latency.before[0], 1)
          : null,
        meanLatencyMsAfter: this.latency.after[0] ? round(this.latency.after[1] / this.latency.after[0], 1) : null
      },
      "credit-shadow-age": {
        productionAuc: auc(this.credit.production),
        shadowAuc: auc(this.credit.shadow),
        productionAuc65: auc(this.credit.production65),
        shadowAuc65: auc(this.credit.shadow65)
      },
      "fraud-threshold-step": {
        flagRateBefore: rate(this.flags.before[1], this.flags.before[0]),
        flagRateAfter: rate(this.flags.after[1], this.flags.after[0])
      },
      "fraud-category-drift": {
        windows: ["before", "during", "after"].map((window, i) => ({
          window,
          decisions: this.surge[i].n,
          cryptoGamingShare: rate(this.surge[i].cryptoGaming, this.surge[i].n)
        }))
      },
      "fraud-shadow": {productionAuc: auc(this.fraud.production), shadowAuc: auc(this.fraud.shadow)},
      labels: {
        "credit-line": {
          decisions: this.labels["credit-line"][0],
          positiveRate: rate(this.labels["credit-line"][1], this.labels["credit-line"][0])
        },
        "fraud-screen": {
          decisions: this.labels["fraud-screen"][0],
          positiveRate: rate(this.labels["fraud-screen"][1], this.labels["fraud-screen"][0])
        }
      }
    };
  }
}
