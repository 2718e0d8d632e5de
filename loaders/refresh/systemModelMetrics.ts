import {loadRegistry} from "../models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../models/registeredScorers.js";
import {modelMetricsTable, type ModelMetricsTable} from "../modelMetrics/modelMetricsTable.js";
import type {RefreshContext} from "./DerivedTable.js";

/** The registry file the model tables are computed from: part of their stamp. */
export const MODEL_REGISTRY = "models/registry.json";

/**
 * The model metrics of the refreshed system's registered versions (modelMetricsTable over this system, month and
 * week windows, settings.models thresholds), computed once per refresh for the model-metrics, model-reliability and
 * model-groups tables. Empty for a system the registry does not name.
 */
export function systemModelMetrics(ctx: RefreshContext): Promise<ModelMetricsTable> {
  return ctx.once("model metrics", async () => {
    const registry = await loadRegistry(DEFAULT_REGISTRY);
    const models = registry.models.filter((m) => m.system === ctx.system.name);
    return modelMetricsTable([ctx.system], {...registry, models}, {db: ctx.engine, log: ctx.log});
  });
}
