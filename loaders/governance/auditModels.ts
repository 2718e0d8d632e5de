import {loadModel, loadRegistry} from "../models/loadRegistry.js";
import type {ModelEntry} from "../../src/lib/replay/modelEntry.js";

/** A registered model as the Decision audit page replays it: its registry entry and its ONNX bytes (base64). */
export interface AuditModel {
  entry: Pick<
    ModelEntry,
    "name" | "version" | "system" | "type" | "status" | "features" | "decision" | "input" | "output" | "onnx"
  >;
  onnx_base64: string;
}

/**
 * Every model of the registry with its ONNX file, each checked by loadModel (sha256 and features against the
 * registry) before it is shipped; the page verifies the sha256 again before running it (modelBytes).
 *
 * @throws {InputError} for an unreadable registry or a model whose file does not match it
 * @example const models = await auditModels("models/registry.json");
 */
export async function auditModels(registryFile: string): Promise<AuditModel[]> {
  const registry = await loadRegistry(registryFile);
  const models: AuditModel[] = [];
  for (const m of registry.models) {
    const {entry, bytes} = await loadModel(registryFile, registry, m.name, m.version);
    const {name, version, system, type, status, features, decision, input, output, onnx} = entry;
    models.push({
      entry: {name, version, system, type, status, features, decision, input, output, onnx},
      onnx_base64: Buffer.from(bytes).toString("base64")
    });
  }
  return models;
}
