import type {DriftStatistic} from "../DriftStatistic.js";
import {sampleWasserstein} from "../wasserstein.js";

/** Wasserstein-1 distance, raw and normed by the reference's standard deviation: drift when normed ≥ 0.1. */
export const wassersteinTest: DriftStatistic<"wasserstein", ReturnType<typeof sampleWasserstein>> = {
  name: "wasserstein",
  label: "Wasserstein distance (normed)",
  columnKinds: ["numeric"],
  defaultThreshold: 0.1,
  kind: "distance",
  description: "earth mover's distance divided by the reference standard deviation (floor 0.001)",
  reportedFor: ["numeric"],
  columns: {wasserstein: "DOUBLE", wasserstein_normed: "DOUBLE"},
  compute({reference, current}) {
    if (reference.sample.type !== "numeric" || current.type !== "numeric")
      throw new Error("drift test wasserstein does not apply to a categorical column");
    return sampleWasserstein(reference.sample, current);
  },
  value: (r) => r.normed,
  report: (r) => ({wasserstein: r?.distance ?? null, wasserstein_normed: r?.normed ?? null})
};
