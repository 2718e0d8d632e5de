import type {DerivedTable} from "../DerivedTable.js";
import {MODEL_REGISTRY, systemModelMetrics} from "../systemModelMetrics.js";

/** The as-of time of the system's live model metrics (its last decision): outcomes observed later do not count. */
export const modelAsOf: DerivedTable<{system: string; as_of: string}> = {
  name: "model-as-of",
  description: "one row for a system the registry names: the last decision time, the as-of of every live model metric",
  columns: {system: "VARCHAR", as_of: "VARCHAR"},
  inputs: [MODEL_REGISTRY],
  async compute(ctx) {
    return Object.entries((await systemModelMetrics(ctx)).as_of).map(([system, as_of]) => ({system, as_of}));
  }
};
