import type {Registry} from "../../src/lib/replay/modelEntry.js";
import type {PayloadModel, PayloadRow, ReplayPayload} from "../../src/lib/replay/ReplayPayload.js";
import {settings} from "../../src/lib/settings.js";
import type {Db} from "../db/openDb.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine} from "../engine/Engine.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {System} from "../system/System.js";
import {encodeFeatures} from "./encodeFeatures.js";
import type {SystemName} from "./featureSpec.js";
import {loadModel, loadRegistry} from "./loadRegistry.js";
import {rawFeatureColumns} from "./replayLog.js";

export type {PayloadModel, PayloadRow, ReplayPayload};

/**
 * Every registered model as the Replay page ships it: its registry entry and base64 ONNX bytes, each checked by
 * loadModel (sha256 and features against the registry) here and again in the browser.
 *
 * @throws {InputError} for an unreadable registry or a model whose file does not match it
 */
export async function replayModels(registryFile: string): Promise<PayloadModel[]> {
  const registry = await loadRegistry(registryFile);
  const models: PayloadModel[] = [];
  for (const m of registry.models) {
    const {bytes} = await loadModel(registryFile, registry, m.name, m.version);
    models.push({...m, onnx_base64: Buffer.from(bytes).toString("base64")});
  }
  return models;
}

/**
 * A deterministic sample of `rowsPerSystem` model-made decisions of one system (decision_source 'model', ordered by
 * hash(decision_id)) with their logged scores and decisions, the shadow columns, age band, and the encoded feature
 * vector of the system's production model; null when the registry has no production model of the system. No PII
 * column is read.
 *
 * @example const sample = await replaySample(system, registry, {db, log});
 */
export async function replaySample(
  system: System,
  registry: Registry,
  {db, log}: {db: Db; log: (message: string) => void},
  rowsPerSystem: number = settings.replay.rowsPerSystem
): Promise<ReplayPayload["systems"][number] | null> {
  const production = registry.models.find((m) => m.system === system.name && m.status === "production");
  if (!production) return null;
  const features = production.features;
  const raw = rawFeatureColumns(features);
  const dialect = "dialect" in db ? (db as Engine).dialect : "duckdb";
  const order = `ORDER BY ${dialectSql.keyHash(dialect, "decision_id")}, decision_id`;
  const sampled = `FROM ${system.relation}
WHERE decision_source = 'model'
${order}
LIMIT ${Math.floor(rowsPerSystem)}`;
  // on DuckDB the sample's keys first (a top-N over two columns), then only those rows' columns: the same rows in the
  // same order (keys are unique), without formatting and carrying every column of every model-made row into the
  // top-N (1M rows: 0.33-0.37 → 0.25-0.27 s of CPU)
  const sql = `SELECT decision_id, ${dialectSql.isoSecond(dialect, "decided_at")} AS decided_at,
  model_name || '@' || model_version AS model, score, decision,
  shadow_model_name || '@' || shadow_model_version AS shadow_model, shadow_score, shadow_decision, age_band,
  ${raw.map(sqlIdentifier).join(", ")}
${dialect === "duckdb" ? `FROM ${system.relation}\nWHERE decision_id IN (SELECT decision_id ${sampled})\n${order}` : sampled}`;
  const rows = await db.all<Record<string, unknown>>(sql);
  const k = features.length;
  log(`replay payload: ${system.name}: ${rows.length} rows`);
  return {
    system: system.name,
    features,
    numeric: features.filter((f) => !f.includes("=")),
    rows: rows.map((r) => ({
      decision_id: String(r.decision_id),
      decided_at: String(r.decided_at),
      model: String(r.model),
      score: r.score as number,
      decision: String(r.decision),
      shadow_model: (r.shadow_model as string | null) ?? null,
      shadow_score: (r.shadow_score as number | null) ?? null,
      shadow_decision: (r.shadow_decision as string | null) ?? null,
      age_band: String(r.age_band),
      x: Array.from(encodeFeatures(system.name as SystemName, r, new Float32Array(k)))
    }))
  };
}
