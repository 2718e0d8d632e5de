import onnxProto from "onnx-proto";
import type {TreeEnsemble} from "../../src/lib/replay/treeEnsembleScore.js";
import {onnxModel, type OnnxModelInfo} from "./onnxModel.js";

const {onnx} = onnxProto;
const {FLOATS, INT, INTS, STRING, STRINGS} = onnx.AttributeProto.AttributeType;

/**
 * Exports a tree ensemble as `ai.onnx.ml` TreeEnsembleRegressor (one target, aggregate SUM, base_values =
 * the base log-odds, post_transform NONE) followed by a standard Sigmoid, output [N, 1]. Split nodes use
 * mode BRANCH_LEQ (x <= threshold → true branch = left) with float32 thresholds; missing values take the
 * false branch. Node ids are the indices of each tree's arrays.
 *
 * @throws {Error} when the ensemble's feature count differs from info.features or a tree is malformed
 * @example
 * const bytes = treeEnsembleToOnnx(ensemble, {name: "m", version: "2.0.0", features, input: "features",
 *   output: "score"});
 */
export function treeEnsembleToOnnx(model: TreeEnsemble, info: OnnxModelInfo): Uint8Array {
  if (model.nFeatures !== info.features.length)
    throw new Error(`invalid nFeatures: ${model.nFeatures} for ${info.features.length} features`);
  const a = {
    treeIds: [] as number[],
    nodeIds: [] as number[],
    featureIds: [] as number[],
    values: [] as number[],
    modes: [] as string[],
    trueIds: [] as number[],
    falseIds: [] as number[],
    targetTreeIds: [] as number[],
    targetNodeIds: [] as number[],
    targetWeights: [] as number[]
  };
  model.trees.forEach((t, treeId) => {
    const size = t.feature.length;
    for (let node = 0; node < size; ++node) {
      const leaf = t.feature[node] < 0;
      if (!leaf && !(t.feature[node] < model.nFeatures && inRange(t.left[node], size) && inRange(t.right[node], size)))
        throw new Error(`invalid tree ${treeId} node ${node}`);
      a.treeIds.push(treeId);
      a.nodeIds.push(node);
      a.featureIds.push(leaf ? 0 : t.feature[node]);
      a.values.push(leaf ? 0 : t.threshold[node]);
      a.modes.push(leaf ? "LEAF" : "BRANCH_LEQ");
      a.trueIds.push(leaf ? 0 : t.left[node]);
      a.falseIds.push(leaf ? 0 : t.right[node]);
      if (leaf) {
        a.targetTreeIds.push(treeId);
        a.targetNodeIds.push(node);
        a.targetWeights.push(t.value[node]);
      }
    }
  });
  const ints = (name: string, v: number[]) => ({name, type: INTS, ints: v});
  const floats = (name: string, v: number[]) => ({name, type: FLOATS, floats: Array.from(Float32Array.from(v))});
  const attributes: onnxProto.onnx.IAttributeProto[] = [
    {name: "aggregate_function", type: STRING, s: new TextEncoder().encode("SUM")},
    floats("base_values", [model.base]),
    {name: "n_targets", type: INT, i: 1},
    ints("nodes_falsenodeids", a.falseIds),
    ints("nodes_featureids", a.featureIds),
    ints(
      "nodes_missing_value_tracks_true",
      a.nodeIds.map(() => 0)
    ),
    {name: "nodes_modes", type: STRINGS, strings: a.modes.map((m) => new TextEncoder().encode(m))},
    ints("nodes_nodeids", a.nodeIds),
    ints("nodes_treeids", a.treeIds),
    ints("nodes_truenodeids", a.trueIds),
    floats("nodes_values", a.values),
    {name: "post_transform", type: STRING, s: new TextEncoder().encode("NONE")},
    ints(
      "target_ids",
      a.targetNodeIds.map(() => 0)
    ),
    ints("target_nodeids", a.targetNodeIds),
    ints("target_treeids", a.targetTreeIds),
    floats("target_weights", a.targetWeights)
  ];
  return onnxModel(
    info,
    [
      {
        opType: "TreeEnsembleRegressor",
        domain: "ai.onnx.ml",
        name: "trees",
        input: [info.input],
        output: ["logit"],
        attribute: attributes
      },
      {opType: "Sigmoid", name: "sigmoid", input: ["logit"], output: [info.output]}
    ],
    []
  );
}

function inRange(i: number, size: number): boolean {
  return Number.isInteger(i) && i > 0 && i < size;
}
