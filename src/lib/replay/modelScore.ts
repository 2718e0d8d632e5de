import {logisticScore, type LogisticModel} from "./logisticScore.js";
import {treeEnsembleScore, type TreeEnsemble} from "./treeEnsembleScore.js";

/** The parameters of a registered model: a logistic regression or a gradient-boosted tree ensemble. */
export type ModelSpec = ({type: "logistic_regression"} & LogisticModel) | ({type: "gbdt"} & TreeEnsemble);

/**
 * Scores row-major float32 features with a model's plain-TypeScript twin of its ONNX graph (logisticScore
 * or treeEnsembleScore): bit-identical to onnxruntime-node on x86-64 with FMA3 when `fused` (default), to
 * onnxruntime-web when not.
 *
 * @throws {Error} as logisticScore / treeEnsembleScore
 * @example
 * modelScore({type: "logistic_regression", weights: [1], bias: 0}, Float32Array.of(0)); // => Float32Array [0.5]
 */
export function modelScore(model: ModelSpec, features: Float32Array, options: {fused?: boolean} = {}): Float32Array {
  return model.type === "gbdt" ? treeEnsembleScore(model, features, options) : logisticScore(model, features, options);
}
