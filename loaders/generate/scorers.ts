import {creditLineTrueLogit} from "./creditLinePopulation.js";
import {featureIndex} from "../models/featureIndex.js";
import {featureNames} from "../models/featureSpec.js";
import {fraudScreenTrueLogit} from "./fraudScreenPopulation.js";
import {PLAN} from "./plan.js";
import {registeredScorers} from "../models/registeredScorers.js";
import type {Deployment, Scorer} from "../models/Scorer.js";

export type {Deployment, Scorer};
import type {SystemName} from "./systems.js";

/** Logistic regression coefficients by feature name (featureNames order), as a replay LogisticModel. */
export interface LogisticCoefficients {
  weights: Float64Array;
  bias: number;
}

/**
 * Coefficients by feature name → a LogisticModel-shaped {weights, bias} in featureNames(system) order.
 * Throws when a name is unknown or a feature has no coefficient, so the table cannot silently drift from
 * the contract.
 */
export function logisticCoefficients(
  system: SystemName,
  bias: number,
  byName: Readonly<Record<string, number>>
): LogisticCoefficients {
  const names = featureNames(system);
  for (const name of Object.keys(byName)) if (!names.includes(name)) throw new Error(`unknown feature: ${name}`);
  const weights = Float64Array.from(names, (name) => {
    const w = byName[name];
    if (w === undefined) throw new Error(`missing coefficient: ${name}`);
    return w;
  });
  return {weights, bias};
}

/** A Scorer for a logistic regression: σ(bias + Σ wⱼ·xⱼ), computed in float64 over the float32 inputs. */
export function logisticScorer(name: string, version: string, model: LogisticCoefficients): Scorer {
  const {weights, bias} = model;
  return {
    name,
    version,
    score(x) {
      if (x.length !== weights.length) throw new Error(`invalid feature length: ${x.length}`);
      let z = bias;
      for (let j = 0; j < weights.length; ++j) z += weights[j] * x[j];
      return 1 / (1 + Math.exp(-z));
    }
  };
}

/**
 * A stand-in for a tree ensemble until trained ones replace it: the true log-odds evaluated on a coarse grid
 * (each listed numeric feature replaced by the midpoint of its bin, on the log1p scale where `log`), so it is
 * piecewise constant in those features the way a depth-limited boosted ensemble is, and a little less accurate
 * than the truth. Features not listed are used as they are.
 */
export function gridTruthScorer(
  name: string,
  version: string,
  system: SystemName,
  grid: Readonly<Record<string, {step: number; log?: boolean}>>
): Scorer {
  const at = featureIndex(system);
  const cells = Object.entries(grid).map(([feature, {step, log}]) => ({j: at(feature), step, log: !!log}));
  const truth = system === "credit-line" ? creditLineTrueLogit : fraudScreenTrueLogit;
  const q = new Float32Array(featureNames(system).length);
  return {
    name,
    version,
    score(x) {
      q.set(x);
      for (const {j, step, log} of cells) {
        q[j] = log
          ? Math.expm1((Math.floor(Math.log1p(x[j]) / step) + 0.5) * step)
          : (Math.floor(x[j] / step) + 0.5) * step;
      }
      return 1 / (1 + Math.exp(-truth(q)));
    }
  };
}

/**
 * credit-lr 1.0.0: maximum-likelihood logistic regression on the raw features, fitted once to 200,000 draws of
 * samplePopulation("credit-line", sfc32(1), days 30–119) (Newton's method, numpy), rounded to 4 significant
 * digits — then region=south raised by PLAN southPenalty (+1.0 log-odds). That coefficient is the planted
 * unfairness (finding 3): region has no effect on true risk, but 62 % of group_c applicants live in the south
 * against 8 % of group_a, so group_c is scored as riskier than it is.
 */
export const CREDIT_LR: LogisticCoefficients = logisticCoefficients("credit-line", -3.581, {
  income: -3.298e-5,
  debt_to_income: 1.923,
  credit_utilization: 2.221,
  credit_history_months: -0.001883,
  open_accounts: -0.001247,
  delinquencies_2y: 0.4904,
  inquiries_6m: 0.1266,
  employment_years: -0.02144,
  savings_balance: -1.234e-6,
  requested_limit: 5.23e-5,
  "employment_type=self_employed": 0.2644,
  "employment_type=contract": 0.2822,
  "employment_type=unemployed": 0.8724,
  "employment_type=retired": 0.1474,
  "employment_type=student": 0.6808,
  "housing=mortgage": 0.07801,
  "housing=rent": 0.3982,
  "housing=other": 0.4622,
  "purpose=travel": 0.129,
  "purpose=education": 0.09928,
  "purpose=home": -0.1013,
  "purpose=medical": 0.2493,
  "purpose=business": 0.3716,
  "region=south": -0.00476 + PLAN["credit-line"].southPenalty,
  "region=east": -0.01416,
  "region=west": 0.03014,
  "region=capital": -0.007022,
  "channel=mobile": 0.03335,
  "channel=branch": -0.09844,
  "channel=partner": 0.2496
});

/**
 * fraud-lr 1.1.0 (the fraud-screen shadow): maximum-likelihood logistic regression on the raw features, fitted
 * the same way to 200,000 draws of samplePopulation("fraud-screen", …), rounded to 4 significant digits.
 * Linear in amount and account age, so it ranks worse than the production tree model.
 */
export const FRAUD_LR: LogisticCoefficients = logisticCoefficients("fraud-screen", -4.696, {
  amount: 0.002182,
  account_age_days: -0.0001176,
  txn_count_24h: 0.175,
  avg_amount_30d: -0.01377,
  distance_from_home_km: 0.0001857,
  device_age_days: -0.0001327,
  merchant_risk: 2.296,
  hour_of_day: -0.01496,
  failed_logins_7d: 0.3879,
  ip_risk: 3.071,
  "merchant_category=fuel": 0.2913,
  "merchant_category=restaurant": -0.08496,
  "merchant_category=retail": 0.3998,
  "merchant_category=electronics": 1.1,
  "merchant_category=travel": 1.19,
  "merchant_category=digital_goods": -0.5487,
  "merchant_category=gaming": -0.2705,
  "merchant_category=crypto": 0.9703,
  "merchant_category=gambling": 0.5325,
  "channel=ecommerce": 0.07005,
  "channel=mobile_app": 0.01417,
  "channel=atm": 0.28,
  "card_type=credit": 0.05626,
  "card_type=prepaid": 0.5764,
  "card_type=virtual": 0.144,
  "country=FR": 0.3127,
  "country=NL": 0.2919,
  "country=ES": 0.1632,
  "country=IT": 0.3495,
  "country=PL": 0.3434,
  "country=GB": 0.2461,
  "country=US": 0.4933,
  "country=BR": 0.6904,
  "country=SG": 0.6523,
  "device_type=android": -0.0988,
  "device_type=desktop": -0.04531,
  "device_type=terminal": -0.0627,
  "device_type=unknown": 0.6647
});

/**
 * A scorer that cannot tell apart the rows where indicator `feature` is 1: it gives each of them the constant
 * `probability` (a model that learnt nothing about that segment predicts its mean risk) and scores every
 * other row with `scorer`.
 */
export function blindTo(scorer: Scorer, system: SystemName, feature: string, probability: number): Scorer {
  const j = featureIndex(system)(feature);
  return {...scorer, score: (x) => (x[j] === 1 ? probability : scorer.score(x))};
}

/**
 * The stand-in models, fixed functions written here before trained models existed (and kept for tests):
 * credit-line production credit-lr 1.0.0 (CREDIT_LR, with the south penalty of finding 3), shadow credit-gbdt
 * 2.0.0 (grid stand-in of the true risk, blind to retired applicants: every one scores 0.1075, the mean true
 * PD of retired applicants — finding 5); fraud-screen production fraud-gbdt 1.0.0 (grid stand-in), shadow
 * fraud-lr 1.1.0 (FRAUD_LR).
 */
export const STAND_INS: Readonly<Record<SystemName, Deployment>> = {
  "credit-line": {
    production: logisticScorer("credit-lr", "1.0.0", CREDIT_LR),
    shadow: blindTo(
      gridTruthScorer("credit-gbdt", "2.0.0", "credit-line", {
        income: {step: 0.15, log: true},
        debt_to_income: {step: 0.1},
        credit_utilization: {step: 0.1},
        credit_history_months: {step: 24},
        employment_years: {step: 3},
        savings_balance: {step: 1, log: true},
        requested_limit: {step: 0.3, log: true}
      }),
      "credit-line",
      "employment_type=retired",
      0.1075
    )
  },
  "fraud-screen": {
    production: gridTruthScorer("fraud-gbdt", "1.0.0", "fraud-screen", {
      amount: {step: 0.3, log: true},
      avg_amount_30d: {step: 0.3, log: true},
      account_age_days: {step: 0.5, log: true},
      distance_from_home_km: {step: 0.7, log: true},
      device_age_days: {step: 0.5, log: true},
      merchant_risk: {step: 0.05},
      ip_risk: {step: 0.1}
    }),
    shadow: logisticScorer("fraud-lr", "1.1.0", FRAUD_LR)
  }
};

/**
 * The models of the sample: the registered versions in models/registry.json (trained by `workbench train`,
 * ONNX files checksum-verified), evaluated by their plain-TypeScript twins, which are bit-identical to
 * onnxruntime-node, so every logged score replays exactly (`workbench replay`):
 * credit-line production credit-lr 1.0.0, shadow credit-gbdt 2.0.0 (from day 100);
 * fraud-screen production fraud-gbdt 1.0.0, shadow fraud-lr 1.1.0 (from day 90).
 * The placeholders above (CREDIT_LR, FRAUD_LR, gridTruthScorer) are no longer used by the generator.
 */
export const SCORERS: Readonly<Record<SystemName, Deployment>> = await registeredScorers();
