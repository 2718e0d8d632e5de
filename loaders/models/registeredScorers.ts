import {fileURLToPath} from "node:url";
import {modelScore, type ModelSpec} from "../../src/lib/replay/modelScore.js";
import type {Deployment, Scorer} from "./Scorer.js";
import {SYSTEM_NAMES, type SystemName} from "./featureSpec.js";
import {loadModel, loadRegistry} from "./loadRegistry.js";

/** models/registry.json in this checkout. */
export const DEFAULT_REGISTRY = fileURLToPath(new URL("../../models/registry.json", import.meta.url));

/**
 * The generator's production and shadow Scorer per system, evaluating the registered ONNX models (checksums
 * verified) with their plain-TypeScript twins (modelScore, fused float32 arithmetic): bit-identical to
 * onnxruntime-node on x86-64 with FMA3, so every logged score replays exactly. Per system the production
 * model is the registry's `production` version and the shadow model its `shadow` version.
 *
 * @throws {InputError} for an invalid registry, a missing or tampered ONNX file, or a system without exactly
 *   one production and one shadow version
 * @example
 * const scorers = await registeredScorers(); scorers["credit-line"].production.score(x); // => 0.0734…
 */
export async function registeredScorers(registryFile = DEFAULT_REGISTRY): Promise<Record<SystemName, Deployment>> {
  const registry = await loadRegistry(registryFile);
  const scorer = async (system: SystemName, status: "production" | "shadow"): Promise<Scorer> => {
    const found = registry.models.filter((m) => m.system === system && m.status === status);
    if (found.length !== 1) throw new Error(`${registryFile}: ${found.length} ${status} models for ${system}, need 1`);
    const {entry, spec} = await loadModel(registryFile, registry, found[0].name, found[0].version);
    return {name: entry.name, version: entry.version, score: rowScorer(spec)};
  };
  const out = {} as Record<SystemName, Deployment>;
  for (const system of SYSTEM_NAMES)
    out[system] = {production: await scorer(system, "production"), shadow: await scorer(system, "shadow")};
  return out;
}

/** One row's score as a float64 number (the float32 model output widened). */
function rowScorer(spec: ModelSpec): (x: Float32Array) => number {
  return (x) => modelScore(spec, x)[0];
}
