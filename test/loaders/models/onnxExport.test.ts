import assert from "node:assert/strict";
import {describe, it} from "node:test";
import * as ortNode from "onnxruntime-node";
import * as ortWeb from "onnxruntime-web";
import {logisticToOnnx} from "../../../loaders/models/logisticToOnnx.js";
import {readOnnxModel} from "../../../loaders/models/readOnnxModel.js";
import {trainGbdt} from "../../../loaders/models/trainGbdt.js";
import {trainLogistic} from "../../../loaders/models/trainLogistic.js";
import {treeEnsembleToOnnx} from "../../../loaders/models/treeEnsembleToOnnx.js";
import {modelScore, type ModelSpec} from "../../../src/lib/replay/modelScore.js";
import {runScores} from "../../../src/lib/replay/runScores.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

ortWeb.env.wasm.numThreads = 1;

const k = 6;
const features = ["a", "b", "c", "d", "e", "f"];
const rng = sfc32(2024);
const n = 20000;
const x = Float32Array.from({length: n * k}, (_, i) => (i % k === 5 ? Math.floor(rng() * 4) : rng() * 10 - 5));
const y = Uint8Array.from({length: n}, (_, i) =>
  rng() < 1 / (1 + Math.exp(1 - x[i * k] + (x[i * k + 1] * x[i * k + 2]) / 5)) ? 1 : 0
);
const lr: ModelSpec = {type: "logistic_regression", ...trainLogistic(x.subarray(0, 5000 * k), y.subarray(0, 5000), k)};
const gbdt: ModelSpec = {
  type: "gbdt",
  ...trainGbdt(x.subarray(0, 5000 * k), y.subarray(0, 5000), k, {trees: 30, maxDepth: 3})
};
const info = (name: string) => ({
  name,
  version: "1.0.0",
  features,
  input: "features",
  output: "score",
  metadata: {seed: "7"}
});
const models: [string, ModelSpec, Uint8Array][] = [
  ["logistic regression", lr, logisticToOnnx(lr as never, info("lr"))],
  ["gradient-boosted trees", gbdt, treeEnsembleToOnnx(gbdt as never, info("gbdt"))]
];

for (const [label, spec, bytes] of models) {
  describe(`ONNX export of a ${label}`, () => {
    it("onnxruntime-node equals the plain-TS score bit for bit (fused), on 20,000 rows in 3 batch sizes", async () => {
      const session = await ortNode.InferenceSession.create(bytes, {intraOpNumThreads: 1});
      const ts = modelScore(spec, x);
      for (const batchSize of [n, 777, 1]) {
        const rows = batchSize === 1 ? 300 * k : x.length;
        const s = await runScores({session, Tensor: ortNode.Tensor}, x.subarray(0, rows), k, {batchSize});
        assert.deepEqual(s, ts.subarray(0, rows / k), `batch ${batchSize}`);
      }
    });

    it("onnxruntime-web equals the plain-TS score bit for bit (unfused) and the node score to ≤ 1e-6", async () => {
      const session = await ortWeb.InferenceSession.create(bytes);
      const s = await runScores({session, Tensor: ortWeb.Tensor}, x, k);
      assert.deepEqual(s, modelScore(spec, x, {fused: false}));
      const fused = modelScore(spec, x);
      let worst = 0;
      for (let i = 0; i < n; ++i) worst = Math.max(worst, Math.abs(s[i] - fused[i]));
      assert.ok(worst <= 1e-6, `max |web − node| = ${worst}`);
    });

    it("writes the same bytes for the same model and reads back the same parameters and info", () => {
      const again = spec.type === "gbdt" ? treeEnsembleToOnnx(spec, info("gbdt")) : logisticToOnnx(spec, info("lr"));
      assert.deepEqual(again, bytes);
      const back = readOnnxModel(bytes);
      assert.deepEqual(back.info.features, features);
      assert.equal(back.info.version, "1.0.0");
      assert.deepEqual(back.info.metadata, {seed: "7"});
      assert.deepEqual(modelScore(back.spec, x), modelScore(spec, x));
    });
  });
}

describe("ONNX export errors", () => {
  it("rejects a mismatched feature count and malformed trees", () => {
    assert.throws(
      () => logisticToOnnx({weights: [1], bias: 0}, info("lr")),
      /invalid weights length: 1 for 6 features/
    );
    const bad = {
      nFeatures: 6,
      base: 0,
      trees: [
        {
          feature: Int32Array.of(0, -1),
          threshold: Float32Array.of(0, 0),
          left: Int32Array.of(1, -1),
          right: Int32Array.of(5, -1),
          value: Float32Array.of(0, 1)
        }
      ]
    };
    assert.throws(() => treeEnsembleToOnnx(bad, info("gbdt")), /invalid tree 0 node 0/);
    assert.throws(() => readOnnxModel(Uint8Array.of(8, 3)), /unsupported ONNX IR version: 3/);
  });
});
