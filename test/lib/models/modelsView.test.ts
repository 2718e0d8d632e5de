import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {it} from "node:test";
import {modelsView, type ModelsPayload} from "../../../src/lib/models/modelsView.js";

// The real registry of the sample's models, with no live metrics yet.
const registry = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "..", "models", "registry.json"), "utf8")
);

it("modelsView lists every registered version once, sorted by system, with its card and status spans", () => {
  const payload: ModelsPayload = {models: registry.models, as_of: {"credit-line": "2026-06-29T23:57:40Z"}, groups: []};
  const view = modelsView(payload, []);
  assert.equal(view.versions.length, registry.models.length);
  assert.equal(view.cards.length, registry.models.length);
  assert.deepEqual(
    view.table.map((r) => r.version),
    [...view.table]
      .sort((a, b) => a.system.localeCompare(b.system) || a.version.localeCompare(b.version))
      .map((r) => r.version)
  );
  const lr = view.table.find((r) => r.version === "credit-lr@1.0.0")!;
  assert.equal(lr.system, "credit-line");
  assert.equal(lr.status, "production");
  assert.ok(lr.validation_auc !== null && lr.validation_auc > 0.8, String(lr.validation_auc));
  assert.equal(lr.realised_auc, null); // no live metrics given
  assert.equal(view.versions.find((v) => v.id === "credit-lr@1.0.0")!.asOf, "2026-06-29");
  assert.ok(view.spans.some((s) => s.model === "credit-lr@1.0.0"));
});
