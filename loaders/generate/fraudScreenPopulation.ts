import {categorical} from "../../src/lib/random/categorical.js";
import {logNormal} from "../../src/lib/random/logNormal.js";
import {normal} from "../../src/lib/random/normal.js";
import {poisson} from "../../src/lib/random/poisson.js";
import type {Rng} from "../../src/lib/random/rng.js";
import {FRAUD_SCREEN_FEATURES} from "../models/featureSpec.js";
import {featureIndex} from "../models/featureIndex.js";
import {PLAN} from "./plan.js";
import {AGE_BANDS, ETHNICITIES, SEXES, ageBand, ethnicity, sex} from "./protectedAttributes.js";
import {roundTo} from "./roundTo.js";
import {samplePerson} from "./samplePerson.js";
import type {Row} from "./systems.js";

const levels = (name: string) => FRAUD_SCREEN_FEATURES.categorical.find((c) => c.name === name)!.levels;
const CATEGORY = levels("merchant_category");
const CHANNEL = levels("channel");
const CARD = levels("card_type");
const COUNTRY = levels("country");
const DEVICE = levels("device_type");

// merchant_category weights over [grocery, fuel, restaurant, retail, electronics, travel, digital_goods,
// gaming, crypto, gambling], and the drift-window mix where crypto and gaming surge (finding 2)
const CATEGORY_WEIGHTS = [0.23, 0.1, 0.15, 0.19, 0.07, 0.06, 0.1, 0.04, 0.01, 0.05];
const category = categorical(CATEGORY_WEIGHTS);
const driftCategory = (() => {
  const {crypto, gaming} = PLAN["fraud-screen"].drift.shares;
  const iCrypto = CATEGORY.indexOf("crypto");
  const iGaming = CATEGORY.indexOf("gaming");
  const rest = CATEGORY_WEIGHTS.reduce((s, w, i) => (i === iCrypto || i === iGaming ? s : s + w), 0);
  const scale = (1 - crypto - gaming) / rest;
  return categorical(CATEGORY_WEIGHTS.map((w, i) => (i === iCrypto ? crypto : i === iGaming ? gaming : w * scale)));
})();
/** Category-level mean log-amount offsets and acquirer risk ratings (same category order). */
const CATEGORY_LOG_AMOUNT = [-0.2, 0.1, -0.3, 0.2, 1.1, 1.4, -0.6, -0.4, 1.1, 0.4];
const CATEGORY_RISK = [0.05, 0.08, 0.06, 0.1, 0.25, 0.2, 0.3, 0.4, 0.6, 0.55];
const ONLINE_ONLY = new Set(["digital_goods", "gaming", "crypto"]);
// channel over [pos, ecommerce, mobile_app, atm] given the category kind
const onlineChannel = categorical([0, 0.6, 0.4, 0]);
const travelChannel = categorical([0.3, 0.5, 0.2, 0]);
const storeChannel = categorical([0.7, 0.15, 0.1, 0.05]);
const card = categorical([0.5, 0.35, 0.08, 0.07]);
const cardPresent = categorical([0.55, 0.37, 0.08, 0]);
const country = categorical([0.55, 0.08, 0.07, 0.06, 0.06, 0.05, 0.05, 0.04, 0.02, 0.02]);
const webDevice = categorical([0.2, 0.15, 0.6, 0, 0.05]);
const appDevice = categorical([0.45, 0.5, 0, 0, 0.05]);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/**
 * One card transaction screened at a given day and UTC hour: the contract's feature, protected and PII
 * columns. A latent suspiciousness s ~ N(0, 1) raises the amount relative to the card's 30-day average, the
 * 24-hour velocity, failed logins and IP risk and lowers account and device age, so the features are
 * correlated; category drives amount, channel and merchant risk; channel drives device type and IP risk
 * (0 for card-present). On the drift days (PLAN drift) crypto and gaming take 12 % and 14 % of transactions.
 * Values are rounded to the precision written.
 */
export function sampleFraudScreen(rng: Rng, day: number, hour: number): Row {
  const {drift} = PLAN["fraud-screen"];
  const inDrift = day >= drift.fromDay && day <= drift.toDay;
  const k = inDrift ? driftCategory(rng) : category(rng);
  const cat = CATEGORY[k];
  const ch = CHANNEL[(ONLINE_ONLY.has(cat) ? onlineChannel : cat === "travel" ? travelChannel : storeChannel)(rng)];
  const present = ch === "pos" || ch === "atm";
  const s = normal(rng);
  const sPos = Math.max(s, 0);

  const accountAge = clamp(Math.round(logNormal(rng, Math.log(900) - 0.5 * sPos, 1.0)), 0, 20_000);
  const avg = clamp(logNormal(rng, Math.log(45) + 0.3 * CATEGORY_LOG_AMOUNT[k], 0.6), 1, 50_000);
  const amount = clamp(avg * Math.exp(CATEGORY_LOG_AMOUNT[k] + 0.45 * sPos + normal(rng, 0, 0.8)), 0.01, 50_000);
  const txnCount = Math.min(500, poisson(rng, 1.5 + 2 * sPos));
  const c = country(rng);
  const distance = clamp(
    logNormal(rng, Math.log(8), 1.2) + (c === 0 ? 0 : logNormal(rng, Math.log(900), 0.6)),
    0,
    20_100
  );
  const device = present ? "terminal" : DEVICE[(ch === "mobile_app" ? appDevice : webDevice)(rng)];
  const deviceAge = present
    ? Math.min(accountAge, 3650)
    : clamp(Math.round(logNormal(rng, Math.log(300) - 1.2 * sPos, 1.2)), 0, Math.min(accountAge, 3650));
  const merchantRisk = clamp(CATEGORY_RISK[k] + normal(rng, 0, 0.05), 0, 1);
  const failedLogins = Math.min(100, poisson(rng, present ? 0.1 : 0.2 + 1.5 * Math.max(s - 1, 0)));
  const ipRisk = present ? 0 : sigmoid(-2.5 + 1.2 * s + normal(rng, 0, 0.8));
  const cardType = CARD[(present ? cardPresent : card)(rng)];
  const person = samplePerson(rng);
  return {
    amount: roundTo(amount, 2),
    account_age_days: accountAge,
    txn_count_24h: txnCount,
    avg_amount_30d: roundTo(avg, 2),
    distance_from_home_km: roundTo(distance, 1),
    device_age_days: deviceAge,
    merchant_risk: roundTo(merchantRisk, 3),
    hour_of_day: hour,
    failed_logins_7d: failedLogins,
    ip_risk: roundTo(ipRisk, 3),
    merchant_category: cat,
    channel: ch,
    card_type: cardType,
    country: COUNTRY[c],
    device_type: device,
    sex: SEXES[sex(rng)],
    age_band: AGE_BANDS[ageBand(rng)],
    ethnicity: ETHNICITIES[ethnicity(rng)],
    customer_name: person.name,
    customer_email: person.email
  };
}

const at = featureIndex("fraud-screen");
const I = {
  amount: at("amount"),
  accountAge: at("account_age_days"),
  txnCount: at("txn_count_24h"),
  avg: at("avg_amount_30d"),
  distance: at("distance_from_home_km"),
  deviceAge: at("device_age_days"),
  merchantRisk: at("merchant_risk"),
  hour: at("hour_of_day"),
  failedLogins: at("failed_logins_7d"),
  ipRisk: at("ip_risk"),
  pos: [at("channel=ecommerce"), at("channel=mobile_app"), at("channel=atm")]
};
const DUMMIES: [number, number][] = [
  [at("channel=ecommerce"), 0.3],
  [at("channel=mobile_app"), 0.2],
  [at("channel=atm"), 0.2],
  [at("card_type=credit"), 0.1],
  [at("card_type=prepaid"), 0.6],
  [at("card_type=virtual"), 0.3],
  [at("country=US"), 0.2],
  [at("country=BR"), 0.4],
  [at("country=SG"), 0.2],
  [at("device_type=unknown"), 0.7]
];
export const FRAUD_SCREEN_INTERCEPT = -5.4;

/**
 * The TRUE log-odds that an encoded fraud-screen transaction (encodeFeatures order) is fraud: the simulation's
 * ground truth, from which confirmed_fraud is drawn as Bernoulli(σ(logit)). Nonlinear: the log ratio of amount
 * to the 30-day average with a hinge above e, log account age and distance, a new-device indicator for
 * card-not-present transactions and a night-time (00–05 UTC) bump. Protected attributes have no effect.
 */
export function fraudScreenTrueLogit(x: Float32Array): number {
  const ratio = clamp(Math.log(x[I.amount] / Math.max(x[I.avg], 1)), -2, 4);
  const online = x[I.pos[0]] + x[I.pos[1]];
  const hour = x[I.hour];
  let z =
    FRAUD_SCREEN_INTERCEPT +
    0.9 * ratio +
    0.9 * Math.max(0, ratio - 1) +
    2.2 * x[I.merchantRisk] +
    2.5 * x[I.ipRisk] +
    0.35 * Math.min(x[I.failedLogins], 10) +
    (online > 0 && x[I.deviceAge] < 7 ? 0.6 : 0) -
    0.25 * Math.log(1 + x[I.accountAge] / 30) +
    0.12 * Math.min(x[I.txnCount], 20) +
    0.25 * Math.log(1 + x[I.distance] / 100) +
    (hour <= 5 ? 0.6 : 0);
  for (const [j, b] of DUMMIES) z += x[j] * b;
  return z;
}
