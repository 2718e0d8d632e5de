import {DEFAULT_REGISTRY} from "../../models/registeredScorers.js";
import {shadowLatency} from "../../models/shadowLatency.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemShadow} from "../systemShadow.js";
import {MODEL_REGISTRY} from "../systemModelMetrics.js";

/**
 * The Shadow page's metadata of a system (JSON): its model pair, favourable decision, segments (and the judged,
 * protected ones), row count, and both models' inference latency measured by replaying them with onnxruntime-node
 * (shadowLatency) when the tables are refreshed.
 */
export const shadowMeta: DerivedTable<{system: string; meta: string}> = {
  name: "shadow-meta",
  description: "one row for a system with a shadow model: pair, segments, rows, replayed inference latency (JSON)",
  columns: {system: "VARCHAR", meta: "VARCHAR"},
  inputs: [MODEL_REGISTRY],
  async compute(ctx) {
    const data = await systemShadow(ctx);
    if (!data) return [];
    const {rows, ...s} = data;
    const latency = await shadowLatency(
      {
        registryFile: DEFAULT_REGISTRY,
        input: ctx.system.paths.decisions,
        champion: s.champion,
        challenger: s.challenger
      },
      // a measurement of the models' inference on the logged inputs, replayed here in the local DuckDB
      {db: ctx.local, log: ctx.log}
    );
    return [{system: ctx.system.name, meta: JSON.stringify({...s, rows: rows.length, latency})}];
  }
};
