import {logNormal} from "../../src/lib/random/logNormal.js";
import {normal} from "../../src/lib/random/normal.js";
import type {Rng} from "../../src/lib/random/rng.js";
import {PLAN} from "./plan.js";
import {REVIEWERS} from "./reviewers.js";
import type {Applicant} from "./samplePopulation.js";
import type {Deployment} from "./scorers.js";
import {roundTo} from "./roundTo.js";
import {DECISION_TAIL, SYSTEMS, type Row, type SystemName} from "./systems.js";

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const clampOpen = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

/** The decision threshold of a system on a day (fraud-screen lowers it on PLAN thresholdStep.fromDay). */
export function thresholdOn(system: SystemName, day: number): number {
  if (system === "credit-line") return PLAN["credit-line"].threshold;
  const plan = PLAN["fraud-screen"];
  return day >= plan.thresholdStep.fromDay ? plan.thresholdStep.threshold : plan.threshold;
}

/** The probability that the model service is down for a decision on a day (fallback). */
export function fallbackRate(system: SystemName, day: number): number {
  if (system === "fraud-screen") return PLAN["fraud-screen"].baseFallbackRate;
  const plan = PLAN["credit-line"];
  return day >= plan.outage.fromDay && day <= plan.outage.toDay ? plan.outage.fallbackRate : plan.baseFallbackRate;
}

/** confidence_band: low within referBand of the threshold, medium within mediumBand, else high. */
function band(system: SystemName, score: number, threshold: number): "low" | "medium" | "high" {
  const d = Math.abs(score - threshold);
  const plan = PLAN[system];
  return d < plan.referBand ? "low" : d < plan.mediumBand ? "medium" : "high";
}

/** The decision a score gives by the threshold alone, with credit's refer band. */
function byScore(system: SystemName, score: number, threshold: number, refer: boolean): string {
  const info = SYSTEMS[system];
  if (refer && info.refer && Math.abs(score - threshold) < PLAN[system].referBand) return info.refer;
  return score < threshold ? info.positive : info.negative;
}

/** A human decision: a reviewer perceives the true log-odds with noise, shifted by their leniency. */
function review(system: SystemName, applicant: Applicant, rng: Rng, noiseSd: number, cutoff: number) {
  const reviewers = REVIEWERS[system];
  const reviewer = reviewers[Math.floor(rng() * reviewers.length)];
  const perceived = sigmoid(logit(clampOpen(applicant.trueProbability)) + normal(rng, 0, noiseSd) - reviewer.leniency);
  const info = SYSTEMS[system];
  return {reviewer: reviewer.id, decision: perceived < cutoff ? info.positive : info.negative};
}

/**
 * The decision columns of one decision: model_name, model_version and DECISION_TAIL (score … latency_ms), as decide
 * fills them. Initialised to null so every row object has the same shape.
 */
export const DECISION_COLUMNS = ["model_name", "model_version", ...DECISION_TAIL] as const;

/**
 * Takes the decision for one applicant on a day and writes the decision columns (DECISION_COLUMNS) into
 * `out` (every one of them, null where not applicable), following the rules written up in README "The sample
 * data and its planted findings": manual baseline, fallback when the model service is down, hard business
 * rules, the threshold with credit's refer band, human review of referred, near-threshold-flagged and fallback
 * cases, the shadow model from its start day, and latency. Returns `out`.
 */
export function decide(
  system: SystemName,
  day: number,
  applicant: Applicant,
  rng: Rng,
  models: Deployment,
  out: Row = {}
): Row {
  const plan = PLAN[system];
  const info = SYSTEMS[system];
  const {row, x} = applicant;
  for (const c of DECISION_COLUMNS) out[c] = null;

  if (day < plan.manualUntilDay) {
    // finding 1: pre-automation baseline, every case decided by a reviewer from the case file
    const human = review(system, applicant, rng, 0.9, thresholdOn(system, day));
    out.decision = human.decision;
    out.decision_source = "human";
    out.routed_to_review = true;
    out.reviewer_id = human.reviewer;
    out.review_decision = human.decision;
    out.review_seconds = roundTo(Math.min(86_400, logNormal(rng, Math.log(1800), 0.2)), 1);
    out.final_decision = human.decision;
    out.latency_ms = roundTo(logNormal(rng, Math.log(150), 0.3), 1);
    return out;
  }

  const threshold = thresholdOn(system, day);
  if (rng() < fallbackRate(system, day)) {
    // the model service is down: a rule-based recommendation, always reviewed, no score, no shadow
    const recommendation =
      system === "credit-line"
        ? (row.debt_to_income as number) > 0.5 ||
          (row.credit_utilization as number) > 0.9 ||
          (row.delinquencies_2y as number) >= 3
        : (row.amount as number) > 5 * (row.avg_amount_30d as number) ||
          (row.ip_risk as number) >= 0.8 ||
          (row.failed_logins_7d as number) >= 3;
    const decision = recommendation ? info.negative : info.positive;
    const human = review(system, applicant, rng, 0.6, threshold);
    out.decision = decision;
    out.decision_source = "fallback";
    out.routed_to_review = true;
    out.reviewer_id = human.reviewer;
    out.review_decision = human.decision;
    out.review_seconds = reviewSeconds(system, rng);
    out.overridden = human.decision !== decision;
    out.final_decision = human.decision;
    out.latency_ms = roundTo(logNormal(rng, Math.log(system === "credit-line" ? 1600 : 900), 0.25), 1);
    return out;
  }

  const score = roundTo(models.production.score(x), 6);
  out.model_name = models.production.name;
  out.model_version = models.production.version;
  out.score = score;
  out.threshold = threshold;
  if (day >= plan.shadowFromDay) shadow(system, applicant, models, threshold, out);
  const step = PLAN["credit-line"].latencyStep;
  const factor = system === "credit-line" && day >= step.fromDay ? step.factor : 1;
  out.latency_ms =
    system === "credit-line"
      ? roundTo(factor * logNormal(rng, Math.log(55), 0.22), 1)
      : roundTo(logNormal(rng, Math.log(28), 0.25), 1);

  const rule =
    system === "credit-line"
      ? (row.delinquencies_2y as number) >= PLAN["credit-line"].ruleMinDelinquencies
      : (row.failed_logins_7d as number) >= PLAN["fraud-screen"].ruleMinFailedLogins;
  if (rule) {
    out.decision = info.negative;
    out.decision_source = "rule";
    out.routed_to_review = false;
    out.final_decision = info.negative;
    return out;
  }

  const decision = byScore(system, score, threshold, true);
  const confidence = band(system, score, threshold);
  out.decision = decision;
  out.decision_source = "model";
  out.confidence_band = confidence;
  // credit: referred cases are reviewed; fraud: flags that are not high-confidence are reviewed
  const routed =
    system === "credit-line" ? decision === info.refer : decision === info.negative && confidence !== "high";
  out.routed_to_review = routed;
  if (!routed) {
    out.final_decision = decision;
    return out;
  }
  const human = review(system, applicant, rng, 0.6, system === "credit-line" ? threshold : 0.5);
  out.reviewer_id = human.reviewer;
  out.review_decision = human.decision;
  out.review_seconds = reviewSeconds(system, rng);
  out.overridden = human.decision !== byScore(system, score, threshold, false);
  out.final_decision = human.decision;
  return out;
}

function reviewSeconds(system: SystemName, rng: Rng): number {
  const median = system === "credit-line" ? 480 : 300;
  return roundTo(Math.min(86_400, logNormal(rng, Math.log(median), system === "credit-line" ? 0.3 : 0.4)), 1);
}

/** The shadow (challenger) columns: its score, scored exactly as logged, and its decision by the same rules. */
function shadow(system: SystemName, applicant: Applicant, models: Deployment, threshold: number, out: Row) {
  const p = models.shadow.score(applicant.x);
  const score = roundTo(p, 6);
  out.shadow_model_name = models.shadow.name;
  out.shadow_model_version = models.shadow.version;
  out.shadow_score = score;
  out.shadow_decision = byScore(system, score, threshold, true);
}
