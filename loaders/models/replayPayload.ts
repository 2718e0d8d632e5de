import {readdir} from "node:fs/promises";
import {join} from "node:path";
import type {ModelEntry} from "../../src/lib/replay/modelEntry.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {encodeFeatures} from "../generate/encodeFeatures.js";
import type {SystemName} from "../generate/systems.js";
import {loadModel, loadRegistry} from "./loadRegistry.js";
import {committedFiles} from "../workspace/committedFiles.js";
import {rawFeatureColumns} from "./replayLog.js";

/** A registry entry with its ONNX bytes, for the browser (which verifies the sha256 before use). */
export type PayloadModel = ModelEntry & {onnx_base64: string};

/** One logged decision as the Replay page needs it: no PII, the encoded feature vector. */
export interface PayloadRow {
  decision_id: string;
  decided_at: string;
  model: string;
  score: number;
  decision: string;
  shadow_model: string | null;
  shadow_score: number | null;
  shadow_decision: string | null;
  age_band: string;
  /** encodeFeatures(system, row): the model input, float32 values. */
  x: number[];
}

export interface ReplayPayload {
  models: PayloadModel[];
  systems: {system: string; features: string[]; numeric: string[]; rows: PayloadRow[]}[];
}

/**
 * The Replay page's data: every registered model (entry + base64 ONNX bytes, checksums verified here and again
 * in the browser) and, per ingested system, a deterministic sample of `rowsPerSystem` model-made decisions
 * (decision_source 'model', ordered by hash(decision_id)) with their logged scores and decisions, the shadow
 * columns, age band, and the encoded feature vector. No PII column is read.
 *
 * @example
 * const payload = await replayPayload({dataDir: workDir(), registryFile: "models/registry.json"}, {db, log});
 */
export async function replayPayload(
  {dataDir, registryFile, rowsPerSystem = 2500}: {dataDir: string; registryFile: string; rowsPerSystem?: number},
  {db, log}: {db: Db; log: (message: string) => void}
): Promise<ReplayPayload> {
  const registry = await loadRegistry(registryFile);
  const models: PayloadModel[] = [];
  for (const m of registry.models) {
    const {bytes} = await loadModel(registryFile, registry, m.name, m.version);
    models.push({...m, onnx_base64: Buffer.from(bytes).toString("base64")});
  }
  const systems: ReplayPayload["systems"] = [];
  const present = new Set(await readdir(dataDir).catch(() => [] as string[]));
  for (const system of [...new Set(registry.models.map((m) => m.system))].sort()) {
    if (!present.has(system)) continue;
    const production = registry.models.find((m) => m.system === system && m.status === "production");
    if (!production) continue;
    const features = production.features;
    const raw = rawFeatureColumns(features);
    const sql = `SELECT decision_id, strftime(decided_at, '%Y-%m-%dT%H:%M:%SZ') AS decided_at,
  model_name || '@' || model_version AS model, score, decision,
  shadow_model_name || '@' || shadow_model_version AS shadow_model, shadow_score, shadow_decision, age_band,
  ${raw.map(sqlIdentifier).join(", ")}
FROM read_parquet(${sqlLiteral(committedFiles(join(dataDir, system), "decisions", true)?.accepted ?? "")})
WHERE decision_source = 'model'
ORDER BY hash(decision_id), decision_id
LIMIT ${Math.floor(rowsPerSystem)}`;
    const rows = await db.all<Record<string, unknown>>(sql);
    const k = features.length;
    systems.push({
      system,
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
        x: Array.from(encodeFeatures(system as SystemName, r, new Float32Array(k)))
      }))
    });
    log(`replay payload: ${system}: ${rows.length} rows`);
  }
  return {models, systems};
}
