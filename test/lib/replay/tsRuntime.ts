import {modelScore, type ModelSpec} from "../../../src/lib/replay/modelScore.js";
import type {ScoringRuntime} from "../../../src/lib/replay/runScores.js";

/** A ScoringRuntime over the plain-TS model, shaped like onnxruntime (input "features", output "score" [N, 1]). */
export function tsRuntime(model: ModelSpec, calls: number[] = []): ScoringRuntime {
  class Tensor {
    constructor(
      readonly type: "float32",
      readonly data: Float32Array,
      readonly dims: readonly number[]
    ) {}
  }
  return {
    Tensor,
    session: {
      async run(feeds: Record<string, unknown>) {
        const input = feeds.features as Tensor;
        calls.push(input.dims[0]);
        const data = modelScore(model, input.data);
        return {score: {data, dims: [data.length, 1]}};
      }
    }
  };
}
