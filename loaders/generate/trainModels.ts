import {mkdir, readFile, rename, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {format} from "prettier";
import {brierScore} from "../../src/lib/fairness/brierScore.js";
import {logLoss} from "../../src/lib/fairness/logLoss.js";
import {rocAuc} from "../../src/lib/fairness/rocAuc.js";
import {deriveSeed} from "../../src/lib/random/deriveSeed.js";
import {sfc32} from "../../src/lib/random/sfc32.js";
import type {ModelEntry, Registry, ValidationMetrics} from "../../src/lib/replay/modelEntry.js";
import {modelScore, type ModelSpec} from "../../src/lib/replay/modelScore.js";
import {isoDate} from "./calendar.js";
import {featureNames} from "../models/featureSpec.js";
import {samplePopulation} from "./samplePopulation.js";
import type {SystemName} from "./systems.js";
import {loadRegistry, sha256} from "../models/loadRegistry.js";
import {logisticToOnnx} from "../models/logisticToOnnx.js";
import {MODEL_PLANS, type ModelPlan} from "./modelPlan.js";
import {IR_VERSION, ML_OPSET, OPSET} from "../models/onnxModel.js";
import {trainGbdt, type GbdtOptions} from "../models/trainGbdt.js";
import {trainLogistic, type LogisticOptions} from "../models/trainLogistic.js";
import {treeEnsembleToOnnx} from "../models/treeEnsembleToOnnx.js";

/** A labelled sample drawn for training or validation. */
interface Sample {
  x: Float32Array;
  y: Uint8Array;
  ageBand: string[];
}

/**
 * Trains every planned model version of a system (MODEL_PLANS, or `plans` in tests) on seeded draws of the generator's population
 * (samplePopulation, with the plan's recorded labels), writes `<name>-<version>.onnx` into `out`, and adds or
 * replaces their entries in `out/registry.json` (other entries kept; sorted by system, name, version;
 * formatted by Prettier). Validation metrics come from a separate seeded draw of the same window.
 * Same seed → same bytes: nothing in the files depends on the time or machine.
 *
 * @example
 * await trainSystem({system: "credit-line", seed: 1, out: "models"}, {log: console.error});
 */
export async function trainSystem(
  {
    system,
    seed,
    out,
    plans: all = MODEL_PLANS
  }: {system: SystemName; seed: number; out: string; plans?: readonly ModelPlan[]},
  {log}: {log: (message: string) => void}
): Promise<{registry: string; models: ModelEntry[]}> {
  const plans = all.filter((p) => p.system === system);
  if (!plans.length) throw new Error(`no model plans for system: ${system}`);
  await mkdir(out, {recursive: true});
  const entries: ModelEntry[] = [];
  for (const plan of plans) {
    const id = `${plan.name}@${plan.version}`;
    const started = performance.now();
    const train = draw(plan, plan.training, sfc32(deriveSeed(seed, "train", system, id)));
    const k = featureNames(system).length;
    const spec: ModelSpec =
      plan.type === "gbdt"
        ? {type: "gbdt", ...trainGbdt(train.x, train.y, k, plan.options as GbdtOptions)}
        : {type: "logistic_regression", ...fit(train, k, plan.options as LogisticOptions, id)};
    const info = {
      name: plan.name,
      version: plan.version,
      features: featureNames(system),
      input: "features",
      output: "score",
      metadata: {system, training_seed: String(seed)}
    };
    const bytes = spec.type === "gbdt" ? treeEnsembleToOnnx(spec, info) : logisticToOnnx(spec, info);
    const file = `${plan.name}-${plan.version}.onnx`;
    await writeAtomic(join(out, file), bytes);
    const validation = draw(plan, plan.validation, sfc32(deriveSeed(seed, "validation", system, id)));
    entries.push(entry(plan, seed, train, validation, modelScore(spec, validation.x), file, bytes));
    log(`${id}: trained on ${plan.training.rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const registryFile = join(out, "registry.json");
  let existing: Registry = {models: []};
  try {
    await readFile(registryFile);
    existing = await loadRegistry(registryFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const ids = new Set(entries.map((e) => `${e.name}@${e.version}`));
  const models = [...existing.models.filter((m) => !ids.has(`${m.name}@${m.version}`)), ...entries].sort(
    (a, b) => compare(a.system, b.system) || compare(a.name, b.name) || compare(a.version, b.version)
  );
  const text = await format(JSON.stringify({$schema: "./registry.schema.json", models}), {
    parser: "json",
    printWidth: 120,
    bracketSpacing: false,
    trailingComma: "none"
  });
  await writeAtomic(registryFile, text);
  return {registry: registryFile, models: entries};
}

function fit(sample: Sample, k: number, options: LogisticOptions, id: string) {
  const {weights, bias, converged, iterations} = trainLogistic(sample.x, sample.y, k, options);
  if (!converged) throw new Error(`${id}: Newton did not converge in ${iterations} iterations`);
  return {weights, bias};
}

function draw(plan: ModelPlan, window: {fromDay: number; toDay: number; rows: number}, rng: () => number): Sample {
  const k = featureNames(plan.system).length;
  const x = new Float32Array(window.rows * k);
  const y = new Uint8Array(window.rows);
  const ageBand: string[] = [];
  for (let i = 0; i < window.rows; ++i) {
    const day = window.fromDay + Math.floor(rng() * (window.toDay - window.fromDay + 1));
    const applicant = samplePopulation(plan.system, rng, Math.max(0, day));
    x.set(applicant.x, i * k);
    y[i] = (plan.recordedLabel ? plan.recordedLabel(applicant, rng) : applicant.label) ? 1 : 0;
    ageBand.push(String(applicant.row.age_band));
  }
  if (plan.labelDefect) {
    const {rows: affected, permute, recordedAsBad} = plan.labelDefect;
    const rows = ageBand.flatMap((_, i) => (affected(x.subarray(i * k, (i + 1) * k)) ? [i] : []));
    if (permute)
      for (let j = rows.length - 1; j > 0; --j) {
        const m = Math.floor(rng() * (j + 1));
        [y[rows[j]], y[rows[m]]] = [y[rows[m]], y[rows[j]]];
      }
    for (const i of rows) if (rng() < recordedAsBad) y[i] = 1;
  }
  return {x, y, ageBand};
}

function entry(
  plan: ModelPlan,
  seed: number,
  train: Sample,
  validation: Sample,
  scores: Float32Array,
  file: string,
  bytes: Uint8Array
): ModelEntry {
  const window = (w: {fromDay: number; toDay: number}) => ({from: isoDate(w.fromDay), to: isoDate(w.toDay)});
  const byGroup: Record<string, {rows: number; roc_auc: number | null; brier: number | null}> = {};
  for (const band of [...new Set(validation.ageBand)].sort()) {
    const rows = validation.ageBand.flatMap((b, i) => (b === band ? [i] : []));
    const s = rows.map((i) => scores[i]);
    const y = rows.map((i) => validation.y[i]);
    byGroup[band] = {rows: rows.length, roc_auc: round(rocAuc(s, y)), brier: round(brierScore(s, y))};
  }
  return {
    name: plan.name,
    version: plan.version,
    system: plan.system,
    type: plan.type,
    status: plan.statusHistory[plan.statusHistory.length - 1].status,
    status_history: plan.statusHistory,
    owner: plan.owner,
    purpose: plan.purpose,
    limitations: plan.limitations,
    training: {
      window: window(plan.training),
      rows: plan.training.rows,
      seed,
      positive_share: round(train.y.reduce((a, b) => a + b, 0) / train.y.length)!,
      algorithm:
        plan.type === "gbdt"
          ? "histogram gradient boosting, log loss (loaders/models/trainGbdt.ts)"
          : "logistic regression by Newton's method (loaders/models/trainLogistic.ts)",
      options: {...plan.options},
      data_notes: plan.dataNotes
    },
    features: featureNames(plan.system),
    input: {name: "features", dtype: "float32"},
    output: {name: "score", meaning: plan.system === "credit-line" ? "probability of default" : "probability of fraud"},
    decision: plan.decision,
    onnx: {
      file,
      sha256: sha256(bytes),
      bytes: bytes.length,
      ir_version: IR_VERSION,
      opsets: {"ai.onnx": OPSET, "ai.onnx.ml": ML_OPSET}
    },
    metrics: {
      validation: {
        ...metrics(scores, validation.y, plan.decision.threshold),
        window: window(plan.validation),
        by_group: {age_band: byGroup}
      }
    }
  };
}

/** Validation metrics; positive = the bad outcome, predicted when score ≥ threshold. */
function metrics(scores: Float32Array, y: Uint8Array, threshold: number): Omit<ValidationMetrics, "window"> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold) {
      if (y[i]) ++tp;
      else ++fp;
    } else if (y[i]) ++fn;
  });

  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return {
    rows: y.length,
    roc_auc: round(rocAuc(scores, y))!,
    brier: round(brierScore(scores, y))!,
    log_loss: round(logLoss(scores, y))!,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1)
  };
}

/** Metrics are stored to 6 decimals (they are estimates; more digits would be noise in diffs). */
function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}
