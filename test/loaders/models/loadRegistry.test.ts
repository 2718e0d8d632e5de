import assert from "node:assert/strict";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {loadModel, loadRegistry, sha256} from "../../../loaders/models/loadRegistry.js";
import {logisticToOnnx} from "../../../loaders/models/logisticToOnnx.js";
import type {ModelEntry} from "../../../src/lib/replay/modelEntry.js";

const features = ["income", "debt_to_income"];
const bytes = logisticToOnnx(
  {weights: [-0.00002, 1.5], bias: -2},
  {name: "m", version: "1.0.0", features, input: "features", output: "score"}
);

function entry(overrides: Partial<ModelEntry> = {}): ModelEntry {
  return {
    name: "m",
    version: "1.0.0",
    system: "credit-line",
    type: "logistic_regression",
    status: "production",
    status_history: [
      {status: "candidate", date: "2026-01-20", approver: "a@x"},
      {status: "production", date: "2026-01-31", approver: "b@x"}
    ],
    owner: "team@x",
    purpose: "test",
    training: {
      window: {from: "2025-07-01", to: "2025-12-31"},
      rows: 10,
      seed: 1,
      positive_share: 0.1,
      algorithm: "newton"
    },
    features,
    input: {name: "features", dtype: "float32"},
    output: {name: "score", meaning: "probability of default"},
    decision: {
      threshold: 0.2,
      below: "approve",
      above: "decline",
      refer_band: 0.05,
      refer: "refer",
      threshold_changes: []
    },
    onnx: {file: "m-1.0.0.onnx", sha256: sha256(bytes), bytes: bytes.length, ir_version: 8, opsets: {"ai.onnx": 15}},
    metrics: {
      validation: {
        rows: 10,
        window: {from: "2025-07-01", to: "2025-12-31"},
        roc_auc: 0.8,
        brier: 0.1,
        log_loss: 0.3,
        precision: 0.5,
        recall: null,
        f1: null
      }
    },
    ...overrides
  };
}

describe("loadRegistry and loadModel", () => {
  let dir = "";
  const write = async (models: unknown[]) => {
    const file = join(dir, "registry.json");
    await writeFile(file, JSON.stringify({$schema: "./registry.schema.json", models}));
    return file;
  };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "registry-"));
    await writeFile(join(dir, "m-1.0.0.onnx"), bytes);
  });
  after(() => rm(dir, {recursive: true, force: true}));

  it("loads a valid registry and a model whose checksum matches", async () => {
    const file = await write([entry()]);
    const registry = await loadRegistry(file);
    const model = await loadModel(file, registry, "m", "1.0.0");
    assert.equal(model.entry.status, "production");
    assert.equal(sha256(model.bytes), sha256(bytes));
    assert.equal(model.spec.type, "logistic_regression");
  });

  it("names the file and the field of a schema error", async () => {
    const file = await write([{...entry(), status: "prod"}]);
    await assert.rejects(loadRegistry(file), (e: Error) => {
      assert.ok(e instanceof InputError);
      assert.equal(
        e.message,
        `${file}: field models[0].status: must be one of candidate, shadow, production, retired (got "prod")`
      );
      return true;
    });
    const bad = await write([{...entry(), onnx: {...entry().onnx, sha256: "abc"}}]);
    await assert.rejects(loadRegistry(bad), /field models\[0\]\.onnx\.sha256: must match/);
  });

  it("rejects what the schema cannot say: status history, duplicates, two production models, half a refer band", async () => {
    await assert.rejects(
      loadRegistry(await write([entry({status: "shadow"})])),
      /models\[0\]\.status: status shadow differs from the last status change \(production\)/
    );
    await assert.rejects(
      loadRegistry(await write([entry(), entry()])),
      /models\[1\]\.version: duplicate model version m@1\.0\.0/
    );
    await assert.rejects(
      loadRegistry(await write([entry(), entry({name: "n"})])),
      /second production model for credit-line \(m@1\.0\.0 and n@1\.0\.0\)/
    );
    const half = entry({decision: {threshold: 0.2, below: "a", above: "b", refer_band: 0.05, threshold_changes: []}});
    await assert.rejects(loadRegistry(await write([half])), /refer_band and refer must be given together/);
    const reversed = entry();
    reversed.status_history = [...reversed.status_history]
      .reverse()
      .map((c, i) => ({...c, status: i ? "production" : "candidate"}));
    await assert.rejects(
      loadRegistry(await write([reversed])),
      /status_history\[1\]\.date: status changes out of date order/
    );
  });

  it("reports a missing file, bad JSON, an unknown model and a tampered ONNX file", async () => {
    await assert.rejects(loadRegistry(join(dir, "nope.json")), /nope\.json: cannot read registry/);
    await writeFile(join(dir, "bad.json"), "{");
    await assert.rejects(loadRegistry(join(dir, "bad.json")), /bad\.json: not JSON/);
    const file = await write([entry()]);
    const registry = await loadRegistry(file);
    await assert.rejects(loadModel(file, registry, "m", "9.9.9"), /no model m@9\.9\.9 in the registry/);
    const tampered = Uint8Array.from(bytes);
    tampered[tampered.length - 1] ^= 1;
    await writeFile(join(dir, "m-1.0.0.onnx"), tampered);
    await assert.rejects(loadModel(file, registry, "m", "1.0.0"), (e: Error) => {
      assert.ok(e instanceof InputError);
      assert.match(e.message, /m-1\.0\.0\.onnx: checksum mismatch for m@1\.0\.0: registry sha256 [0-9a-f]{64}/);
      return true;
    });
    await writeFile(join(dir, "m-1.0.0.onnx"), bytes);
  });
});
