import {RATE_NAMES, type RateName} from "../../src/lib/fairness/rateFractions.js";
import type {FairnessOptions} from "../../src/lib/fairness/fairnessReport.js";
import {flagInt, flagNumber, flagString, type Args} from "../cli/args.js";
import {InputError} from "../cli/errors.js";
import {settings} from "../../src/lib/settings.js";
import type {FairnessConvention} from "./fairnessConvention.js";
import type {FairnessSpec} from "./FairnessSpec.js";

const list = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function direction(args: Args, fallback: "higher" | "lower"): "higher" | "lower" {
  const d = flagString(args, "score-direction", fallback);
  if (d !== "higher" && d !== "lower")
    throw new InputError(`--score-direction: higher or lower, not ${JSON.stringify(d)}`);
  return d;
}

/**
 * The FairnessSpec of the `fairness` command's flags. With a convention (`--system`), the rows are
 * fairnessRowsSql's: label `label_pos`, the decision `final_pos` (or `model_pos` with `--decision model`), the
 * score `score` (favourable when lower), the probability 1 − score, and flags override these defaults.
 * @throws {InputError} for a missing or contradictory flag
 */
export function fairnessSpecFromFlags(args: Args, convention?: FairnessConvention): FairnessSpec {
  const group = list(flagString(args, "group"));
  if (!group.length) throw new InputError("--group needs at least one column");
  const threshold = flagNumber(args, "threshold");
  const hasScore = args.flags.has("score") || (convention !== undefined && threshold !== undefined);
  if (hasScore && args.flags.has("decision")) throw new InputError("give either --score/--threshold or --decision");
  let prediction: FairnessSpec["prediction"];
  if (hasScore) {
    if (threshold === undefined) throw new InputError("--score needs --threshold");
    prediction = {
      kind: "score",
      column: flagString(args, "score", convention ? "score" : undefined),
      threshold,
      direction: direction(args, convention ? convention.direction : "higher")
    };
  } else if (convention) {
    const which = flagString(args, "decision", "final");
    if (which !== "final" && which !== "model") throw new InputError(`--decision with --system: final or model`);
    prediction = {kind: "decision", column: which === "final" ? "final_pos" : "model_pos", positive: "true"};
  } else {
    if (!args.flags.has("decision"))
      throw new InputError("give --score <column> --threshold <t> or --decision <column>");
    prediction = {
      kind: "decision",
      column: flagString(args, "decision"),
      positive: flagString(args, "decision-positive", "true")
    };
  }
  const spec: FairnessSpec = {
    label: flagString(args, "label", convention ? "label_pos" : undefined),
    positive: args.flags.has("positive") ? flagString(args, "positive") : convention ? "true" : undefined,
    prediction,
    group
  };
  if (prediction.kind === "decision" && (args.flags.has("score") || convention))
    spec.score = {
      column: flagString(args, "score", "score"),
      direction: direction(args, convention?.direction ?? "higher")
    };
  if (args.flags.has("probability") || convention) {
    const of = flagString(args, "probability-of", convention ? "negative" : "positive");
    if (of !== "positive" && of !== "negative") throw new InputError(`--probability-of: positive or negative`);
    spec.probability = {column: flagString(args, "probability", "score"), of};
  }
  if (args.flags.has("window"))
    spec.window = {
      column: flagString(args, "time", convention ? "decided_at" : undefined),
      unit: windowUnit(flagString(args, "window"))
    };
  return spec;
}

function windowUnit(unit: string): NonNullable<FairnessSpec["window"]>["unit"] {
  if (unit === "day" || unit === "week" || unit === "month" || unit === "quarter" || unit === "year") return unit;
  throw new InputError(`--window: day, week, month, quarter or year, not ${JSON.stringify(unit)}`);
}

/** The FairnessOptions of the flags: --reference, --reference-rule, --tau, --min-group-size, --suppress-small, ... */
export function fairnessOptionsFromFlags(args: Args): FairnessOptions {
  const rule = flagString(args, "reference-rule", "largest");
  if (rule !== "largest" && rule !== "lowest") throw new InputError(`--reference-rule: largest or lowest`);
  const checkRates = flagString(args, "check-rates", settings.fairness.checkRates.join(","));
  const rates = checkRates === "all" ? [...RATE_NAMES] : list(checkRates);
  for (const r of rates)
    if (!(RATE_NAMES as readonly string[]).includes(r))
      throw new InputError(`--check-rates: unknown rate ${JSON.stringify(r)} (${RATE_NAMES.join(", ")})`);
  const resamples = flagInt(args, "bootstrap", settings.fairness.bootstrap.resamples);
  const tau = flagNumber(args, "tau") ?? settings.fairness.tau;
  if (!(tau > 0 && tau <= 1)) throw new InputError(`--tau: in (0, 1], not ${tau}`);
  const confidence = flagNumber(args, "confidence") ?? settings.fairness.confidence;
  if (!(confidence > 0 && confidence < 1)) throw new InputError(`--confidence: in (0, 1), not ${confidence}`);
  return {
    reference: args.flags.has("reference") ? {group: flagString(args, "reference")} : rule,
    tau,
    minGroupSize: flagInt(args, "min-group-size", settings.fairness.minGroupSize),
    suppressSmall: args.flags.has("suppress-small"),
    confidence,
    bootstrap: resamples > 0 ? {resamples, seed: flagInt(args, "seed", settings.fairness.bootstrap.seed)} : false,
    checkRates: rates as RateName[]
  };
}
