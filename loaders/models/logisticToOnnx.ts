import onnxProto from "onnx-proto";
import type {LogisticModel} from "../../src/lib/replay/logisticScore.js";
import {onnxModel, type OnnxModelInfo} from "./onnxModel.js";

const {onnx} = onnxProto;

/**
 * Exports a logistic regression as an ONNX graph of standard ops only:
 * `score = Sigmoid(Add(MatMul(features, coef[k,1]), intercept[1]))`, float32 throughout, output [N, 1].
 * Coefficients are rounded to float32, as logisticScore rounds them.
 *
 * @throws {Error} when the number of weights differs from the number of features
 * @example
 * const bytes = logisticToOnnx({weights: [0.5], bias: -1}, {name: "m", version: "1.0.0", features: ["x"],
 *   input: "features", output: "score"});
 */
export function logisticToOnnx(model: LogisticModel, info: OnnxModelInfo): Uint8Array {
  const k = info.features.length;
  if (model.weights.length !== k) throw new Error(`invalid weights length: ${model.weights.length} for ${k} features`);
  return onnxModel(
    info,
    [
      {opType: "MatMul", name: "dot", input: [info.input, "coef"], output: ["logit0"]},
      {opType: "Add", name: "intercept_add", input: ["logit0", "intercept"], output: ["logit"]},
      {opType: "Sigmoid", name: "sigmoid", input: ["logit"], output: [info.output]}
    ],
    [floatTensor("coef", [k, 1], model.weights), floatTensor("intercept", [1], [model.bias])]
  );
}

function floatTensor(name: string, dims: number[], values: ArrayLike<number>): onnxProto.onnx.ITensorProto {
  return {name, dims, dataType: onnx.TensorProto.DataType.FLOAT, floatData: Array.from(Float32Array.from(values))};
}
