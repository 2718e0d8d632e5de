import onnxProto from "onnx-proto";
import type {ModelSpec} from "../../src/lib/replay/modelScore.js";
import type {Tree} from "../../src/lib/replay/treeEnsembleScore.js";
import {IR_VERSION, type OnnxModelInfo} from "./onnxModel.js";

const {onnx} = onnxProto;

/**
 * Reads back a model written by logisticToOnnx or treeEnsembleToOnnx: its info (from metadata_props and the
 * graph's input/output) and its parameters as a ModelSpec for the plain-TS scorer, so the ONNX file stays the
 * one source of truth. Only those two graph shapes are understood.
 *
 * @throws {Error} for bytes that are not such a model (wrong IR version, unknown graph, missing attributes)
 * @example
 * const {spec, info} = readOnnxModel(await readFile("models/credit-lr-1.0.0.onnx"));
 */
export function readOnnxModel(bytes: Uint8Array): {spec: ModelSpec; info: OnnxModelInfo} {
  const model = onnx.ModelProto.decode(bytes);
  if (Number(model.irVersion) !== IR_VERSION) throw new Error(`unsupported ONNX IR version: ${model.irVersion}`);
  const graph = model.graph as onnxProto.onnx.GraphProto | null;
  if (!graph || graph.input.length !== 1 || graph.output.length !== 1)
    throw new Error("unsupported graph: need one input and one output");
  const meta = Object.fromEntries(model.metadataProps.map((p) => [p.key, p.value]));
  const {name, version, features, ...metadata} = meta;
  const info: OnnxModelInfo = {
    name,
    version,
    features: features ? features.split(",") : [],
    input: graph.input[0].name ?? "",
    output: graph.output[0].name ?? "",
    metadata
  };
  const ops = graph.node.map((n) => n.opType).join(",");
  if (ops === "MatMul,Add,Sigmoid") {
    const init = new Map(graph.initializer.map((t) => [t.name ?? "", Float32Array.from(t.floatData ?? [])]));
    const coef = init.get(graph.node[0].input?.[1] ?? "");
    const intercept = init.get(graph.node[1].input?.[1] ?? "");
    if (!coef || !intercept || intercept.length !== 1) throw new Error("unsupported graph: missing coef or intercept");
    return {spec: {type: "logistic_regression", weights: Array.from(coef), bias: intercept[0]}, info};
  }
  if (ops === "TreeEnsembleRegressor,Sigmoid") return {spec: readTrees(graph.node[0], info.features.length), info};
  throw new Error(`unsupported graph: ${ops}`);
}

function readTrees(node: onnxProto.onnx.INodeProto, nFeatures: number): ModelSpec {
  const attr = new Map((node.attribute ?? []).map((a) => [a.name, a]));
  const ints = (name: string) => (attr.get(name)?.ints ?? []).map(Number);
  const floats = (name: string) => attr.get(name)?.floats ?? [];
  const modes = (attr.get("nodes_modes")?.strings ?? []).map((s) => new TextDecoder().decode(s));
  const treeIds = ints("nodes_treeids");
  const nodeIds = ints("nodes_nodeids");
  const featureIds = ints("nodes_featureids");
  const values = floats("nodes_values");
  const trueIds = ints("nodes_truenodeids");
  const falseIds = ints("nodes_falsenodeids");
  const n = treeIds.length;
  if (![nodeIds, featureIds, values, trueIds, falseIds, modes].every((a) => a.length === n))
    throw new Error("invalid TreeEnsembleRegressor: node attribute lengths differ");
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; ++i) sizes.set(treeIds[i], Math.max(sizes.get(treeIds[i]) ?? 0, nodeIds[i] + 1));
  const trees: Tree[] = [...sizes.keys()]
    .sort((a, b) => a - b)
    .map((t) => {
      const size = sizes.get(t)!;
      return {
        feature: new Int32Array(size).fill(-1),
        threshold: new Float32Array(size),
        left: new Int32Array(size).fill(-1),
        right: new Int32Array(size).fill(-1),
        value: new Float32Array(size)
      };
    });
  for (let i = 0; i < n; ++i) {
    const tree = trees[treeIds[i]];
    if (!tree) throw new Error(`invalid TreeEnsembleRegressor: tree ids not 0…${trees.length - 1}`);
    const id = nodeIds[i];
    if (modes[i] === "LEAF") continue;
    if (modes[i] !== "BRANCH_LEQ") throw new Error(`unsupported node mode: ${modes[i]}`);
    tree.feature[id] = featureIds[i];
    tree.threshold[id] = values[i];
    tree.left[id] = trueIds[i];
    tree.right[id] = falseIds[i];
  }
  const targetTrees = ints("target_treeids");
  const targetNodes = ints("target_nodeids");
  const weights = floats("target_weights");
  targetTrees.forEach((t, i) => (trees[t].value[targetNodes[i]] += weights[i]));
  const base = floats("base_values")[0] ?? 0;
  return {type: "gbdt", nFeatures, base, trees};
}
