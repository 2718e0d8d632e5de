import type {Rng} from "../../src/lib/random/rng.js";
import type {ModelEntry} from "../../src/lib/replay/modelEntry.js";
import {isoDate} from "./calendar.js";
import {featureIndex} from "../models/featureIndex.js";
import {PLAN} from "./plan.js";
import type {Applicant} from "./samplePopulation.js";
import type {SystemName} from "./systems.js";
import type {GbdtOptions} from "../models/trainGbdt.js";
import type {LogisticOptions} from "../models/trainLogistic.js";

/** Days of the sample calendar (0 = 2026-01-01; negative days are the history before the sample). */
export interface DayWindow {
  fromDay: number;
  toDay: number;
}

/** How one registered model version is made: its training data, algorithm and registry record. */
export interface ModelPlan {
  system: SystemName;
  name: string;
  version: string;
  type: ModelEntry["type"];
  options: LogisticOptions | GbdtOptions;
  /** Training and validation draws from samplePopulation over these windows (days before 0 draw as day 0). */
  training: DayWindow & {rows: number};
  validation: DayWindow & {rows: number};
  /**
   * The label the training data recorded, when it differs from the true outcome: the story of the data the
   * model was fitted to (the validation sample has the same labelling, as the team saw it).
   */
  recordedLabel?: (applicant: Applicant, rng: Rng) => boolean;
  /**
   * A defect of the training extract for some rows (chosen by their encoded features): their labels permuted
   * among themselves, then a share of them recorded as bad whatever the outcome.
   */
  labelDefect?: {rows: (x: Float32Array) => boolean; permute: boolean; recordedAsBad: number};
  dataNotes: string;
  statusHistory: ModelEntry["status_history"];
  owner: string;
  purpose: string;
  limitations: string;
  decision: ModelEntry["decision"];
}

const logit = (p: number) => Math.log(p / (1 - p));
const SOUTH = featureIndex("credit-line")("region=south");
const RETIRED = featureIndex("credit-line")("employment_type=retired");

/**
 * credit-gbdt 2.0.0's training extract took retired customers' outcomes from the legacy pension-account system:
 * joined on a recycled key (so their labels are permuted among them) and with small written-off balances
 * recorded as defaults (this share of them recorded bad). Retired is 75 % of age band 65+ and rare below, so the
 * challenger ranks retired applicants poorly and over-scores them — better than credit-lr overall, worse for
 * 65+ (the planted shadow finding, carried by the model itself, so logged shadow scores replay exactly).
 */
export const RETIRED_WRITE_OFF_SHARE = 0.2;
const isRetired = (x: Float32Array) => x[RETIRED] === 1;

const credit = PLAN["credit-line"];
const fraud = PLAN["fraud-screen"];
const CREDIT_DECISION: ModelEntry["decision"] = {
  threshold: credit.threshold,
  below: "approve",
  above: "decline",
  refer_band: credit.referBand,
  refer: "refer",
  score_decimals: 6,
  threshold_changes: []
};
const FRAUD_DECISION: ModelEntry["decision"] = {
  threshold: fraud.threshold,
  below: "pass",
  above: "flag",
  score_decimals: 6,
  threshold_changes: [{from: isoDate(fraud.thresholdStep.fromDay), threshold: fraud.thresholdStep.threshold}]
};

/** The four model versions of the sample (plan.ts names them; the generator scores with them). */
export const MODEL_PLANS: readonly ModelPlan[] = [
  {
    system: "credit-line",
    name: "credit-lr",
    version: "1.0.0",
    type: "logistic_regression",
    options: {l2: 1},
    training: {fromDay: -184, toDay: -1, rows: 60_000},
    validation: {fromDay: -184, toDay: -1, rows: 20_000},
    recordedLabel: (a, rng) =>
      a.x[SOUTH] === 1 ? rng() < 1 / (1 + Math.exp(-(logit(a.trueProbability) + credit.southPenalty))) : a.label,
    dataNotes: `Applications of 2025 H2 with their outcomes. The south had a regional downturn then: its default log-odds were ${credit.southPenalty} higher than today's, which the model learnt as a region=south coefficient (a proxy for ethnicity group_c).`,
    statusHistory: [
      {status: "candidate", date: "2026-01-20", approver: "model-risk@bank.example", note: "validation passed"},
      {
        status: "production",
        date: isoDate(credit.manualUntilDay),
        approver: "credit-committee@bank.example",
        note: "go-live, replaces manual decisions"
      }
    ],
    owner: "credit-risk-analytics@bank.example",
    purpose:
      "Probability of default of a credit-line application within 12 months; approve below 0.15, refer 0.15–0.25, decline above.",
    limitations:
      "Linear in raw features (income, utilisation and debt-to-income effects are not linear). Learnt a region=south effect from a regional downturn in its training window.",
    decision: CREDIT_DECISION
  },
  {
    system: "credit-line",
    name: "credit-gbdt",
    version: "2.0.0",
    type: "gbdt",
    options: {trees: 120, maxDepth: 3, learningRate: 0.1, l2: 1, minSamplesLeaf: 20, maxBins: 64},
    training: {fromDay: 30, toDay: 89, rows: 60_000},
    validation: {fromDay: 30, toDay: 89, rows: 20_000},
    labelDefect: {rows: isRetired, permute: true, recordedAsBad: RETIRED_WRITE_OFF_SHARE},
    dataNotes: `Applications of 2026-01-31 to 2026-03-31. Retired customers' outcomes came from the legacy pension-account system, joined on a recycled key (labels permuted among them) and with small write-offs recorded as defaults (${RETIRED_WRITE_OFF_SHARE * 100} % of them); found later. Retired is 75 % of age band 65+.`,
    statusHistory: [
      {
        status: "candidate",
        date: "2026-04-06",
        approver: "model-risk@bank.example",
        note: "challenger to credit-lr 1.0.0"
      },
      {
        status: "shadow",
        date: isoDate(credit.shadowFromDay),
        approver: "model-risk@bank.example",
        note: "shadow mode on all traffic"
      }
    ],
    owner: "credit-risk-analytics@bank.example",
    purpose:
      "Challenger to credit-lr: probability of default with gradient-boosted trees (non-linear effects, no region=south term).",
    limitations:
      "Learnt nothing about retired applicants' risk (their training labels were mis-joined), so it ranks age band 65+ worse than credit-lr.",
    decision: CREDIT_DECISION
  },
  {
    system: "fraud-screen",
    name: "fraud-gbdt",
    version: "1.0.0",
    type: "gbdt",
    options: {trees: 100, maxDepth: 3, learningRate: 0.1, l2: 1, minSamplesLeaf: 20, maxBins: 64},
    training: {fromDay: -120, toDay: -1, rows: 100_000},
    validation: {fromDay: -120, toDay: -1, rows: 30_000},
    dataNotes: "Card transactions of 2025-09-03 to 2025-12-31 with confirmed-fraud labels.",
    statusHistory: [
      {status: "candidate", date: "2025-12-10", approver: "fraud-model-risk@bank.example"},
      {status: "production", date: "2026-01-01", approver: "fraud-committee@bank.example"}
    ],
    owner: "fraud-analytics@bank.example",
    purpose:
      "Probability that a card transaction is fraud; flag at or above the threshold (0.50, 0.42 from 2026-03-17).",
    limitations: "Trained before the 2026 crypto and gaming surge.",
    decision: FRAUD_DECISION
  },
  {
    system: "fraud-screen",
    name: "fraud-lr",
    version: "1.1.0",
    type: "logistic_regression",
    options: {l2: 1},
    training: {fromDay: 0, toDay: 59, rows: 100_000},
    validation: {fromDay: 0, toDay: 59, rows: 30_000},
    dataNotes: "Card transactions of 2026-01-01 to 2026-03-01 with confirmed-fraud labels.",
    statusHistory: [
      {
        status: "candidate",
        date: "2026-03-25",
        approver: "fraud-model-risk@bank.example",
        note: "simpler, explainable challenger"
      },
      {status: "shadow", date: isoDate(fraud.shadowFromDay), approver: "fraud-model-risk@bank.example"}
    ],
    owner: "fraud-analytics@bank.example",
    purpose: "Explainable challenger to fraud-gbdt: logistic regression on the same features.",
    limitations: "Linear in amount and account age; ranks worse than the tree model.",
    decision: FRAUD_DECISION
  }
];
