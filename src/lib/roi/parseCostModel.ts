/**
 * The money attached to one final decision and one observed outcome, per decision:
 * `perCase + perAmount × amount` (amount = the system's monetary column, e.g. requested_limit).
 * Positive is money earned, negative money lost. `outcome` is the observed label (true = defaulted /
 * confirmed_fraud), or null when the value applies whatever the outcome (e.g. a decline).
 */
export interface OutcomeValue {
  name: string;
  decision: string;
  outcome: boolean | null;
  perCase: number;
  perAmount: number;
}

/** A validated cost model for one decision system (see data/contracts/<system>.costs.yaml). */
export interface CostModel {
  system: string;
  currency: string;
  /** The decisions column holding the monetary amount. */
  amount: string;
  /** The outcomes column holding the boolean label. */
  label: string;
  /** The final decision that counts as positive (approve, pass) for approval and loss rates. */
  positiveDecision: string;
  outcomes: OutcomeValue[];
  /** Human handling: cost per case = perCase + hourlyRate × handling hours. */
  review: {hourlyRate: number; perCase: number};
  /** Run cost of every decision the system makes (decision_source other than human). */
  automation: {perDecision: number};
  /** Fixed platform cost per month from go-live on (accrued per calendar day: perMonth × 12 / 365), and the one-off investment. */
  platform: {perMonth: number; investment: number};
  /** First day of automated decisions (YYYY-MM-DD), or null to take the first non-human decision in the data. */
  goLive: string | null;
  /** One-way sensitivity: every parameter is moved by ± this fraction. */
  sensitivity: {range: number};
}

/**
 * Validates a parsed cost-model document (the YAML file's object) and returns it typed, with defaults
 * (perCase and perAmount 0, goLive null, sensitivity.range 0.25). Money may be negative only in `outcomes`;
 * costs are non-negative magnitudes. Each (decision, outcome) pair may be given once, and a decision valued
 * "whatever the outcome" (outcome omitted or null) may not also be valued per outcome.
 *
 * @throws {Error} naming the path of the first invalid field and its value, e.g. `review.hourlyRate: not a non-negative number: "x"`
 * @example
 * parseCostModel({system: "credit-line", currency: "EUR", amount: "requested_limit", label: "defaulted",
 *   positiveDecision: "approve", outcomes: [{name: "margin", decision: "approve", outcome: false, perAmount: 0.05}],
 *   review: {hourlyRate: 48}, automation: {perDecision: 0.05}, platform: {perMonth: 10000}}).review.perCase; // => 0
 */
export function parseCostModel(raw: unknown): CostModel {
  const doc = record(raw, "cost model");
  known(doc, "", [
    "system",
    "currency",
    "amount",
    "label",
    "positiveDecision",
    "outcomes",
    "review",
    "automation",
    "platform",
    "goLive",
    "sensitivity"
  ]);
  const outcomesRaw = doc.outcomes;
  if (!Array.isArray(outcomesRaw) || outcomesRaw.length === 0)
    throw new Error(`outcomes: not a non-empty list: ${JSON.stringify(outcomesRaw)}`);
  const outcomes = outcomesRaw.map((o, i): OutcomeValue => {
    const path = `outcomes[${i}]`;
    const r = record(o, path);
    known(r, path, ["name", "decision", "outcome", "perCase", "perAmount"]);
    const outcome = r.outcome ?? null;
    if (outcome !== null && typeof outcome !== "boolean")
      throw new Error(`${path}.outcome: not true, false or null: ${JSON.stringify(outcome)}`);
    return {
      name: text(r.name, `${path}.name`),
      decision: text(r.decision, `${path}.decision`),
      outcome,
      perCase: money(r.perCase ?? 0, `${path}.perCase`, true),
      perAmount: money(r.perAmount ?? 0, `${path}.perAmount`, true)
    };
  });
  outcomes.forEach((o, i) => {
    const clash = outcomes.findIndex(
      (p) => p.decision === o.decision && (p.outcome === o.outcome || p.outcome === null || o.outcome === null)
    );
    if (clash !== i) throw new Error(`outcomes[${i}]: decision ${o.decision} already valued in outcomes[${clash}]`);
  });
  const review = record(doc.review, "review");
  known(review, "review", ["hourlyRate", "perCase"]);
  const automation = record(doc.automation, "automation");
  known(automation, "automation", ["perDecision"]);
  const platform = record(doc.platform, "platform");
  known(platform, "platform", ["perMonth", "investment"]);
  const sensitivity = record(doc.sensitivity ?? {}, "sensitivity");
  known(sensitivity, "sensitivity", ["range"]);
  const range = sensitivity.range ?? 0.25;
  if (typeof range !== "number" || !(range > 0 && range < 1))
    throw new Error(`sensitivity.range: not a number in (0, 1): ${JSON.stringify(range)}`);
  const goLive = doc.goLive ?? null;
  if (goLive !== null && !(typeof goLive === "string" && isDate(goLive)))
    throw new Error(`goLive: not a YYYY-MM-DD date: ${JSON.stringify(goLive)}`);
  return {
    system: text(doc.system, "system"),
    currency: currency(doc.currency),
    amount: text(doc.amount, "amount"),
    label: text(doc.label, "label"),
    positiveDecision: text(doc.positiveDecision, "positiveDecision"),
    outcomes,
    review: {
      hourlyRate: money(review.hourlyRate, "review.hourlyRate"),
      perCase: money(review.perCase ?? 0, "review.perCase")
    },
    automation: {perDecision: money(automation.perDecision, "automation.perDecision")},
    platform: {
      perMonth: money(platform.perMonth, "platform.perMonth"),
      investment: money(platform.investment ?? 0, "platform.investment")
    },
    goLive,
    sensitivity: {range}
  };
}

function record(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new Error(`${path}: not a mapping: ${JSON.stringify(v)}`);
  return v as Record<string, unknown>;
}

function known(r: Record<string, unknown>, path: string, keys: string[]): void {
  for (const k of Object.keys(r))
    if (!keys.includes(k)) throw new Error(`${path ? path + "." : ""}${k}: unknown field`);
}

function text(v: unknown, path: string): string {
  if (typeof v !== "string" || v.trim() === "")
    throw new Error(`${path}: not a non-empty string: ${JSON.stringify(v)}`);
  return v;
}

function money(v: unknown, path: string, signed = false): number {
  if (typeof v !== "number" || !Number.isFinite(v) || (!signed && v < 0))
    throw new Error(
      `${path}: not a ${signed ? "finite" : "non-negative"} number: ${typeof v === "number" ? v : JSON.stringify(v)}`
    );
  return v;
}

function currency(v: unknown): string {
  if (typeof v !== "string" || !/^[A-Z]{3}$/.test(v))
    throw new Error(`currency: not an ISO 4217 code: ${JSON.stringify(v)}`);
  return v;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
