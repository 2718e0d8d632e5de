import {DEFAULT_REGISTRY} from "../../models/registeredScorers.js";
import {shadowLatency} from "../../models/shadowLatency.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemShadow} from "../systemShadow.js";
import {MODEL_REGISTRY} from "../systemModelMetrics.js";

/**
 * The decisions of each model the latency replay scores: the 10,000 with the smallest md5(decision_id), a fixed
 * sample (the same rows on every run), so the measurement costs the same at 10,000 rows and at 100M.
 */
export const SHADOW_LATENCY_SAMPLE = 10_000;

/**
 * The Shadow page's metadata of a system (JSON): its model pair, favourable decision, segments (and the judged,
 * protected ones), row count (counted by the engine), and both models' inference latency measured by replaying a
 * fixed sample of each model's logged decisions (SHADOW_LATENCY_SAMPLE) with onnxruntime-node (shadowLatency) when
 * the tables are refreshed, with the share of the sample each replay reproduced.
 */
export const shadowMeta: DerivedTable<{system: string; meta: string}> = {
  name: "shadow-meta",
  description:
    "one row for a system with a shadow model: pair, segments, rows, inference latency replayed on a fixed sample of 10,000 decisions per model (JSON)",
  columns: {system: "VARCHAR", meta: "VARCHAR"},
  inputs: [MODEL_REGISTRY],
  async compute(ctx) {
    const data = await systemShadow(ctx);
    if (!data) return [];
    const {select: _select, from: _from, where: _where, ...s} = data;
    const latency = await shadowLatency(
      {
        registryFile: DEFAULT_REGISTRY,
        input: ctx.system.paths.decisions,
        champion: s.champion,
        challenger: s.challenger,
        sample: SHADOW_LATENCY_SAMPLE
      },
      // a measurement of the models' inference on the logged inputs, replayed here in the local DuckDB
      {db: ctx.local, log: ctx.log}
    );
    return [{system: ctx.system.name, meta: JSON.stringify({...s, latency})}];
  }
};
