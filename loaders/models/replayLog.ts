import * as ort from "onnxruntime-node";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {encodeFeatures} from "./encodeFeatures.js";
import type {SystemName} from "./featureSpec.js";
import {InputError} from "../cli/errors.js";
import type {ModelEntry, Registry} from "../../src/lib/replay/modelEntry.js";
import {policyAt} from "../../src/lib/replay/policyAt.js";
import {reproductionCheck, type Mismatch} from "../../src/lib/replay/reproductionCheck.js";
import {runScores} from "../../src/lib/replay/runScores.js";
import {loadModel, loadRegistry} from "./loadRegistry.js";

/** What `workbench replay` reports: the reproduction audit over all replayed model versions. */
export interface ReplayReport {
  input: string;
  registry: string;
  /** Which logged columns were audited: the production model's or the shadow model's. */
  columns: "production" | "shadow";
  rows: number;
  reproduced: number;
  reproduced_share: number | null;
  mismatch_count: number;
  mismatches: (Mismatch & {model: string})[];
  /** Rows scored per second by onnxruntime-node (scoring only, all versions together). */
  rows_per_second: number | null;
  by_model: {model: string; rows: number; reproduced: number; reproduced_share: number | null; sha256: string}[];
}

/**
 * The raw contract columns an encoded feature list needs: `income` stays `income`, the dummy
 * `employment_type=retired` needs `employment_type`. In first-appearance order.
 */
export function rawFeatureColumns(features: readonly string[]): string[] {
  return [...new Set(features.map((f) => f.split("=")[0]))];
}

/**
 * Re-scores logged model decisions with the registered model version that made them (onnxruntime-node, one
 * thread) and audits the log: a row is reproduced when |Δscore| ≤ tolerance and the registered policy in force
 * at decided_at gives the logged decision (reproductionCheck). Production columns: rows with decision_source
 * 'model' (rule, fallback and manual rows are not model decisions); shadow columns: every row with a shadow
 * score. `model` ("name@version") restricts the audit to one version. `sample` replays only that many rows of each
 * version: those with the smallest md5 of their decision_id (a fixed sample that needs no seed: the same rows on every
 * run and on every machine; the report's counts are then the sample's; it is scored once untimed before the timed
 * run, so that rows_per_second is not the session's first-run set-up). Each ONNX file's sha256 is verified.
 *
 * @throws {InputError} for an unreadable input or registry, an input without a column replay needs (naming the
 *   field), a logged model version missing from the registry, or a checksum mismatch
 * @example
 * const report = await replayLog({registryFile: "models/registry.json", input: "data/.work/credit-line/decisions.parquet"}, {db, log});
 */
export async function replayLog(
  {
    registryFile,
    input,
    model,
    shadow = false,
    tolerance = 1e-6,
    maxMismatches = 100,
    sample
  }: {
    registryFile: string;
    input: string;
    model?: string;
    shadow?: boolean;
    tolerance?: number;
    maxMismatches?: number;
    /** Replay only the `sample` rows of each model version with the smallest md5(decision_id) (a fixed sample). */
    sample?: number;
  },
  {db, log}: {db: Db; log: (message: string) => void}
): Promise<ReplayReport> {
  const registry: Registry = await loadRegistry(registryFile);
  const [nameCol, versionCol, scoreCol, decisionCol] = shadow
    ? ["shadow_model_name", "shadow_model_version", "shadow_score", "shadow_decision"]
    : ["model_name", "model_version", "score", "decision"];
  const source = `read_parquet(${sqlLiteral(input)})`;
  let present: string[];
  try {
    present = (await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM ${source}`)).map((c) => c.column_name);
  } catch (error) {
    throw new InputError(
      `cannot read decisions: ${(error as Error).message.split("\n")[0]}`,
      {file: input},
      {cause: error}
    );
  }
  const need = (columns: readonly string[]) => {
    const missing = columns.find((c) => !present.includes(c));
    if (missing)
      throw new InputError("column missing (not a decision log of the workbench?)", {file: input, field: missing});
  };
  need(["decision_id", "decided_at", "system", "decision_source", nameCol, versionCol, scoreCol, decisionCol]);
  const versionsSql = `SELECT DISTINCT ${nameCol} AS name, ${versionCol} AS version, system FROM ${source} WHERE ${
    shadow ? "shadow_score IS NOT NULL" : "decision_source = 'model'"
  } ORDER BY 1, 2`;
  let versions: {name: string; version: string; system: string}[];
  try {
    versions = await db.all(versionsSql);
  } catch (error) {
    throw new InputError(
      `cannot read decisions: ${(error as Error).message.split("\n")[0]}`,
      {file: input},
      {cause: error}
    );
  }
  if (model) versions = versions.filter((v) => `${v.name}@${v.version}` === model);
  if (model && !versions.length)
    throw new InputError(`no ${shadow ? "shadow " : ""}rows of model ${model}`, {file: input});
  const report: ReplayReport = {
    input,
    registry: registryFile,
    columns: shadow ? "shadow" : "production",
    rows: 0,
    reproduced: 0,
    reproduced_share: null,
    mismatch_count: 0,
    mismatches: [],
    rows_per_second: null,
    by_model: []
  };
  let scoringMs = 0;
  for (const v of versions) {
    const id = `${v.name}@${v.version}`;
    const {entry, bytes} = await loadModel(registryFile, registry, v.name, v.version);
    need(rawFeatureColumns(entry.features));
    const rows = await loggedRows(db, source, entry, {nameCol, versionCol, scoreCol, decisionCol, shadow, sample});
    const k = entry.features.length;
    const x = new Float32Array(rows.length * k);
    rows.forEach((row, i) => {
      try {
        encodeFeatures(v.system as SystemName, row, x.subarray(i * k, (i + 1) * k));
      } catch (error) {
        throw new InputError((error as Error).message, {file: input, field: String(row.decision_id)}, {cause: error});
      }
    });
    const session = await ort.InferenceSession.create(bytes, {intraOpNumThreads: 1, interOpNumThreads: 1});
    const score = () =>
      runScores({session, Tensor: ort.Tensor}, x, k, {input: entry.input.name, output: entry.output.name});
    // a sample is small enough that the session's first run (allocations, kernel set-up) would dominate its timing:
    // it is scored once untimed first
    if (sample !== undefined) await score();
    const started = performance.now();
    const scores = await score();
    scoringMs += performance.now() - started;
    await session.release();
    const logged = rows.map((r) => ({
      decision_id: String(r.decision_id),
      score: r.logged_score as number | null,
      decision: String(r.logged_decision)
    }));
    const check = reproductionCheck(logged, scores, (i) => policyAt(entry.decision, rows[i].decided_ms as number), {
      tolerance,
      maxMismatches
    });
    log(`${id}: ${check.reproduced} of ${check.rows} reproduced`);
    report.rows += check.rows;
    report.reproduced += check.reproduced;
    report.mismatch_count += check.mismatch_count;
    for (const m of check.mismatches)
      if (report.mismatches.length < maxMismatches) report.mismatches.push({...m, model: id});
    report.by_model.push({
      model: id,
      rows: check.rows,
      reproduced: check.reproduced,
      reproduced_share: check.reproduced_share,
      sha256: entry.onnx.sha256
    });
  }
  report.reproduced_share = report.rows ? report.reproduced / report.rows : null;
  report.rows_per_second = scoringMs > 0 ? Math.round((report.rows / scoringMs) * 1000) : null;
  return report;
}

async function loggedRows(
  db: Db,
  source: string,
  entry: ModelEntry,
  c: {nameCol: string; versionCol: string; scoreCol: string; decisionCol: string; shadow: boolean; sample?: number}
): Promise<Record<string, unknown>[]> {
  const features = rawFeatureColumns(entry.features).map(sqlIdentifier).join(", ");
  const sql = `SELECT decision_id, epoch_ms(decided_at)::DOUBLE AS decided_ms, ${c.scoreCol} AS logged_score,
  ${c.decisionCol} AS logged_decision, ${features}
FROM ${source}
WHERE ${c.nameCol} = ${sqlLiteral(entry.name)} AND ${c.versionCol} = ${sqlLiteral(entry.version)}
  AND ${c.shadow ? "shadow_score IS NOT NULL" : "decision_source = 'model'"}`;
  if (c.sample === undefined) return db.all(`${sql}\nORDER BY decision_id`);
  if (!Number.isSafeInteger(c.sample) || c.sample < 1) throw new Error(`invalid replay sample: ${c.sample}`);
  return db.all(
    `SELECT * FROM (${sql}\nORDER BY md5(decision_id), decision_id LIMIT ${c.sample}) ORDER BY decision_id`
  );
}
