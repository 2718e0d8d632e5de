import {categorical} from "../../src/lib/random/categorical.js";
import {logNormal} from "../../src/lib/random/logNormal.js";
import {normal} from "../../src/lib/random/normal.js";
import {poisson} from "../../src/lib/random/poisson.js";
import type {Rng} from "../../src/lib/random/rng.js";
import {weightedIndex} from "../../src/lib/random/weightedIndex.js";
import {CREDIT_LINE_FEATURES} from "../models/featureSpec.js";
import {featureIndex} from "../models/featureIndex.js";
import {PLAN} from "./plan.js";
import {AGE_BANDS, ETHNICITIES, SEXES, ageBand, ethnicity, sex} from "./protectedAttributes.js";
import {roundTo} from "./roundTo.js";
import {samplePerson} from "./samplePerson.js";
import type {Row} from "./systems.js";

const levels = (name: string) => CREDIT_LINE_FEATURES.categorical.find((c) => c.name === name)!.levels;
const EMPLOYMENT = levels("employment_type");
const HOUSING = levels("housing");
const PURPOSE = levels("purpose");
const REGION = levels("region");
const CHANNEL = levels("channel");

const AGE_RANGE = [
  [18, 25],
  [25, 35],
  [35, 50],
  [50, 65],
  [65, 86]
];

// region | ethnicity over [north, south, east, west, capital]: group_c lives mostly in the south (finding 3)
const regionBy = [
  categorical([0.25, 0.08, 0.22, 0.2, 0.25]),
  categorical([0.2, 0.15, 0.2, 0.15, 0.3]),
  categorical([0.08, 0.62, 0.1, 0.08, 0.12]),
  categorical([0.2, 0.2, 0.2, 0.2, 0.2])
];
// employment_type | age band over [salaried, self_employed, contract, unemployed, retired, student]
const employmentBy = [
  categorical([0.45, 0.05, 0.15, 0.07, 0, 0.28]),
  categorical([0.62, 0.1, 0.15, 0.06, 0, 0.07]),
  categorical([0.66, 0.14, 0.12, 0.06, 0, 0.02]),
  categorical([0.62, 0.14, 0.1, 0.07, 0.06, 0.01]),
  categorical([0.12, 0.08, 0.03, 0.02, 0.75, 0])
];
const AGE_LOG_INCOME = [-0.45, -0.1, 0.1, 0.12, -0.2];
const EMPLOYMENT_LOG_INCOME = [0, 0.05, -0.15, -0.9, -0.25, -1.0];
const purpose = categorical([0.35, 0.12, 0.1, 0.2, 0.08, 0.15]);
const studentPurpose = categorical([0.35, 0.15, 0.4, 0.02, 0.05, 0.03]);
const channel = categorical([0.45, 0.35, 0.15, 0.05]);
const MEDIAN_INCOME = 42_000;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/**
 * One credit-line applicant on a given day: the contract's feature, protected and PII columns, drawn from a
 * latent model. A latent financial strength z ~ N(0, 1) drives income, debt-to-income, utilisation,
 * delinquencies, inquiries, savings and housing together, so the features are correlated; age band drives
 * employment type, credit history and income; ethnicity drives region (group_c lives mostly in the south).
 * On the drift days (PLAN drift) a share of applicants comes from the new partner: channel partner, income
 * ×0.55 (log −0.6), utilisation log-odds +0.8, inquiries ×1.4. Values are rounded to the precision written.
 */
export function sampleCreditLine(rng: Rng, day: number): Row {
  const {drift} = PLAN["credit-line"];
  const newPartner = day >= drift.fromDay && day <= drift.toDay && rng() < drift.newPartnerShare;
  const e = ethnicity(rng);
  const a = ageBand(rng);
  const [lo, hi] = AGE_RANGE[a];
  const age = lo + Math.floor(rng() * (hi - lo));
  const employment = employmentBy[a](rng);
  const z = normal(rng);

  const logIncome =
    Math.log(MEDIAN_INCOME) +
    AGE_LOG_INCOME[a] +
    EMPLOYMENT_LOG_INCOME[employment] +
    0.45 * z +
    normal(rng, 0, 0.3) +
    (newPartner ? drift.logIncomeShift : 0);
  const income = clamp(Math.round(Math.exp(logIncome) / 100) * 100, 0, 2_000_000);
  const dti = clamp(
    Math.exp(-1.25 - 0.35 * (logIncome - Math.log(MEDIAN_INCOME)) - 0.15 * z + normal(rng, 0, 0.45)),
    0,
    5
  );
  const utilization =
    1.15 * sigmoid(-0.5 - 0.7 * z + normal(rng, 0, 0.9) + (newPartner ? drift.utilizationLogitShift : 0));
  const adultYears = age - 18;
  const history = Math.min(900, Math.round(12 * adultYears * (0.35 + 0.65 * rng())));
  const openAccounts = Math.min(100, poisson(rng, 1 + (0.8 * history) / 48 + 0.3 * Math.max(z, 0)));
  const troubled = rng() < 0.04 + (z < -1 ? 0.02 : 0);
  const delinquencies = Math.min(50, troubled ? poisson(rng, 5) : poisson(rng, Math.exp(-2.2 - 0.7 * z)));
  const inquiries = Math.min(50, poisson(rng, Math.exp(-0.2 - 0.3 * z) * (newPartner ? 1.4 : 1)));
  const fixedTerm = EMPLOYMENT[employment];
  const employmentYears =
    fixedTerm === "retired" || fixedTerm === "unemployed"
      ? 0
      : fixedTerm === "student"
        ? 2 * rng()
        : Math.min(adultYears, 60, logNormal(rng, Math.log(3 + 0.25 * adultYears), 0.6));
  const savings =
    rng() < sigmoid(0.8 + 0.8 * z) ? Math.min(10_000_000, logNormal(rng, logIncome - 1.2 + 0.8 * z, 0.8)) : 0;
  const requested = clamp(Math.round(logNormal(rng, logIncome - 2.2, 0.5) / 100) * 100, 100, 100_000);
  const housing = weightedIndex(rng, [
    Math.exp(-2.5 + 0.05 * adultYears + 0.4 * z),
    a === 4 ? 0.2 : Math.exp(-0.8 + 0.02 * adultYears + 0.5 * z),
    1,
    0.15
  ]);
  const p = EMPLOYMENT[employment] === "student" ? studentPurpose(rng) : purpose(rng);
  const c = newPartner ? 3 : channel(rng);
  const person = samplePerson(rng);
  const s = sex(rng);

  return {
    income,
    debt_to_income: roundTo(dti, 4),
    credit_utilization: roundTo(utilization, 4),
    credit_history_months: history,
    open_accounts: openAccounts,
    delinquencies_2y: delinquencies,
    inquiries_6m: inquiries,
    employment_years: roundTo(employmentYears, 1),
    savings_balance: roundTo(savings, 2),
    requested_limit: requested,
    employment_type: EMPLOYMENT[employment],
    housing: HOUSING[housing],
    purpose: PURPOSE[p],
    region: REGION[regionBy[e](rng)],
    channel: CHANNEL[c],
    sex: SEXES[s],
    age_band: AGE_BANDS[a],
    ethnicity: ETHNICITIES[e],
    applicant_name: person.name,
    applicant_email: person.email
  };
}

const at = featureIndex("credit-line");
const I = {
  income: at("income"),
  dti: at("debt_to_income"),
  util: at("credit_utilization"),
  history: at("credit_history_months"),
  delinquencies: at("delinquencies_2y"),
  inquiries: at("inquiries_6m"),
  employmentYears: at("employment_years"),
  savings: at("savings_balance"),
  requested: at("requested_limit")
};
const DUMMIES: [number, number][] = [
  [at("employment_type=self_employed"), 0.25],
  [at("employment_type=contract"), 0.3],
  [at("employment_type=unemployed"), 0.8],
  [at("employment_type=retired"), 0.05],
  [at("employment_type=student"), 0.35],
  // housing reference level is own
  [at("housing=mortgage"), 0.1],
  [at("housing=rent"), 0.4],
  [at("housing=other"), 0.5],
  [at("purpose=travel"), 0.15],
  [at("purpose=education"), 0.1],
  [at("purpose=home"), -0.1],
  [at("purpose=medical"), 0.25],
  [at("purpose=business"), 0.35],
  // region: no true effect (finding 3: the production model's south coefficient is unwarranted)
  [at("channel=mobile"), 0.05],
  [at("channel=branch"), -0.1],
  [at("channel=partner"), 0.25]
];
export const CREDIT_LINE_INTERCEPT = -3.0;

/**
 * The TRUE log-odds of default of an encoded credit-line applicant (encodeFeatures order): the simulation's
 * ground truth, from which outcomes are drawn as Bernoulli(σ(logit)). Nonlinear in income (log), debt-to-income
 * and utilisation (hinges), history (log) and savings (log), so a logistic regression on the raw features is
 * misspecified while trees can approach it. Region and the protected attributes have no effect.
 */
export function creditLineTrueLogit(x: Float32Array): number {
  const income = Math.max(x[I.income], 1000);
  const dti = x[I.dti];
  const util = x[I.util];
  let z =
    CREDIT_LINE_INTERCEPT -
    0.75 * Math.log(income / MEDIAN_INCOME) +
    1.1 * Math.min(dti, 3) +
    1.2 * Math.max(0, dti - 0.6) +
    2.0 * (util - 0.35) +
    1.8 * Math.max(0, util - 0.85) +
    0.5 * Math.min(x[I.delinquencies], 8) +
    0.12 * Math.min(x[I.inquiries], 15) -
    0.35 * Math.log(1 + x[I.history] / 12) -
    0.02 * Math.min(x[I.employmentYears], 30) -
    0.12 * Math.log(1 + x[I.savings] / 1000) +
    0.3 * clamp(Math.log((10 * x[I.requested]) / income), -2, 2);
  for (const [j, b] of DUMMIES) z += x[j] * b;
  return z;
}
