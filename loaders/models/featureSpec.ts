/** The decision systems with a registered model feature layout: the bundled sample's two systems. */
export type SystemName = "credit-line" | "fraud-screen";

export const SYSTEM_NAMES: readonly SystemName[] = ["credit-line", "fraud-screen"];

/**
 * The model features of each system, in contract order: numeric features first, then the categorical
 * features with their allowed levels (the contract's validValues, in order). This is the one definition of the
 * model input layout; see encodeFeatures and featureNames. Protected attributes are never features.
 */
export interface FeatureSpec {
  numeric: readonly string[];
  categorical: readonly {name: string; levels: readonly string[]}[];
}

export const CREDIT_LINE_FEATURES: FeatureSpec = {
  numeric: [
    "income",
    "debt_to_income",
    "credit_utilization",
    "credit_history_months",
    "open_accounts",
    "delinquencies_2y",
    "inquiries_6m",
    "employment_years",
    "savings_balance",
    "requested_limit"
  ],
  categorical: [
    {name: "employment_type", levels: ["salaried", "self_employed", "contract", "unemployed", "retired", "student"]},
    {name: "housing", levels: ["own", "mortgage", "rent", "other"]},
    {name: "purpose", levels: ["everyday", "travel", "education", "home", "medical", "business"]},
    {name: "region", levels: ["north", "south", "east", "west", "capital"]},
    {name: "channel", levels: ["web", "mobile", "branch", "partner"]}
  ]
};

export const FRAUD_SCREEN_FEATURES: FeatureSpec = {
  numeric: [
    "amount",
    "account_age_days",
    "txn_count_24h",
    "avg_amount_30d",
    "distance_from_home_km",
    "device_age_days",
    "merchant_risk",
    "hour_of_day",
    "failed_logins_7d",
    "ip_risk"
  ],
  categorical: [
    {
      name: "merchant_category",
      levels: [
        "grocery",
        "fuel",
        "restaurant",
        "retail",
        "electronics",
        "travel",
        "digital_goods",
        "gaming",
        "crypto",
        "gambling"
      ]
    },
    {name: "channel", levels: ["pos", "ecommerce", "mobile_app", "atm"]},
    {name: "card_type", levels: ["debit", "credit", "prepaid", "virtual"]},
    {name: "country", levels: ["DE", "FR", "NL", "ES", "IT", "PL", "GB", "US", "BR", "SG"]},
    {name: "device_type", levels: ["ios", "android", "desktop", "terminal", "unknown"]}
  ]
};

/** featureSpec("credit-line") → CREDIT_LINE_FEATURES */
export function featureSpec(system: SystemName): FeatureSpec {
  if (system === "credit-line") return CREDIT_LINE_FEATURES;
  if (system === "fraud-screen") return FRAUD_SCREEN_FEATURES;
  throw new Error(`unknown system: ${system}`);
}

/**
 * The names of the encoded feature vector's columns (see encodeFeatures): the numeric features, then for each
 * categorical feature one `name=level` indicator per level except the first (the reference level).
 *
 * @example
 * featureNames("credit-line").slice(9, 12); // => ["requested_limit", "employment_type=self_employed", "employment_type=contract"]
 */
export function featureNames(system: SystemName): string[] {
  const spec = featureSpec(system);
  return [...spec.numeric, ...spec.categorical.flatMap((c) => c.levels.slice(1).map((l) => `${c.name}=${l}`))];
}
