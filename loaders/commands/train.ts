import {flagInt, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {SYSTEM_NAMES, type SystemName} from "../generate/systems.js";
import type {ModelEntry} from "../../src/lib/replay/modelEntry.js";
import {trainSystem} from "../generate/trainModels.js";

/** `workbench train`: train a system's model versions, export them to ONNX and update the registry. */
export const train: Command = {
  name: "train",
  summary: "train a system's models on seeded population draws, export ONNX, update the registry",
  usage: `usage: workbench train [--system <credit-line|fraud-screen>] [--seed S] [--out models/] [--format json]

Trains every planned version of the system (all systems without --system; plans in
loaders/generate/modelPlan.ts) on seeded draws of the sample population, writes <name>-<version>.onnx to
--out (default models/) and adds or replaces those entries in <out>/registry.json. The same seed gives
the same bytes. Default seed 1. Exit 2 for unusable input.`,
  async run({args, log}) {
    const seed = flagInt(args, "seed", 1);
    if (seed < 0) throw new InputError(`--seed: not a non-negative integer ${seed}`);
    const out = flagString(args, "out", "models");
    const system = args.flags.has("system") ? flagString(args, "system") : undefined;
    if (system !== undefined && !SYSTEM_NAMES.includes(system as SystemName))
      throw new InputError(`--system: unknown system ${JSON.stringify(system)} (${SYSTEM_NAMES.join(", ")})`);
    const systems = system ? [system as SystemName] : SYSTEM_NAMES;
    let registry = "";
    const models: ModelEntry[] = [];
    for (const s of systems) {
      const result = await trainSystem({system: s, seed, out}, {log});
      registry = result.registry;
      models.push(...result.models);
    }
    return {
      registry,
      models: models.map((m) => ({
        name: m.name,
        version: m.version,
        status: m.status,
        file: m.onnx.file,
        sha256: m.onnx.sha256,
        bytes: m.onnx.bytes,
        validation: m.metrics.validation
      }))
    };
  },
  text(result) {
    const {registry, models} = result as {
      registry: string;
      models: {name: string; version: string; bytes: number; validation: {roc_auc: number; brier: number}}[];
    };
    return [
      `registry ${registry}`,
      ...models.map(
        (m) =>
          `  ${m.name}@${m.version}: ${m.bytes} bytes, validation AUC ${m.validation.roc_auc.toFixed(4)}, Brier ${m.validation.brier.toFixed(4)}`
      )
    ].join("\n");
  }
};
