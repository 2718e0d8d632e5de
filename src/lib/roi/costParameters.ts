import type {CostModel} from "./parseCostModel.js";

/** One assumption of a cost model that sensitivity analysis may move. */
export interface CostParameter {
  key: string;
  label: string;
  value: number;
  /** A copy of the model with this parameter set to `value`. */
  apply(value: number): CostModel;
}

/**
 * The cost model's non-zero money assumptions, in file order: each outcome's perCase and perAmount,
 * review.hourlyRate, review.perCase, automation.perDecision, platform.perMonth, platform.investment.
 * Zero-valued ones are left out (moving 0 by a percentage moves nothing). Keys are the YAML paths.
 *
 * @example
 * costParameters(model).map((p) => p.key); // => ["outcomes[0].perAmount", "review.hourlyRate", ...]
 */
export function costParameters(model: CostModel): CostParameter[] {
  const {review, automation, platform} = model;
  const all: CostParameter[] = model.outcomes.flatMap((o, i) => {
    const patched = (patch: {perCase: number} | {perAmount: number}): CostModel => ({
      ...model,
      outcomes: model.outcomes.map((p, j) => (j === i ? {...p, ...patch} : p))
    });
    return [
      {
        key: `outcomes[${i}].perCase`,
        label: `${o.name} per case`,
        value: o.perCase,
        apply: (perCase: number) => patched({perCase})
      },
      {
        key: `outcomes[${i}].perAmount`,
        label: `${o.name} per ${model.currency}`,
        value: o.perAmount,
        apply: (perAmount: number) => patched({perAmount})
      }
    ];
  });
  all.push(
    {
      key: "review.hourlyRate",
      label: "reviewer hourly rate",
      value: review.hourlyRate,
      apply: (hourlyRate) => ({...model, review: {...review, hourlyRate}})
    },
    {
      key: "review.perCase",
      label: "review overhead per case",
      value: review.perCase,
      apply: (perCase) => ({...model, review: {...review, perCase}})
    },
    {
      key: "automation.perDecision",
      label: "automation cost per decision",
      value: automation.perDecision,
      apply: (perDecision) => ({...model, automation: {perDecision}})
    },
    {
      key: "platform.perMonth",
      label: "platform cost per month",
      value: platform.perMonth,
      apply: (perMonth) => ({...model, platform: {...platform, perMonth}})
    },
    {
      key: "platform.investment",
      label: "one-off investment",
      value: platform.investment,
      apply: (investment) => ({...model, platform: {...platform, investment}})
    }
  );
  return all.filter((p) => p.value !== 0);
}
