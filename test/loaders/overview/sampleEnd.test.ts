import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, it} from "node:test";
import {sampleEnd} from "../../../loaders/overview/sampleEnd.js";

const dir = mkdtempSync(join(tmpdir(), "workbench-sample-end-"));
after(() => rmSync(dir, {recursive: true, force: true}));
mkdirSync(join(dir, "raw", "credit-line"), {recursive: true});
const end = "2026-06-30T00:00:00.000Z";

it("sampleEnd(dir, manifest) is the generator's window end for a system ingested from raw/<system>/", () => {
  writeFileSync(
    join(dir, "raw", "manifest.json"),
    JSON.stringify({generator: "workbench generate", end, systems: {"credit-line": {}}})
  );
  assert.equal(sampleEnd(dir, {source: join(dir, "raw", "credit-line", "decisions-*.csv")}), end);
  // a copied data folder: the manifest still names the folder it was ingested from
  assert.equal(sampleEnd(dir, {source: "/elsewhere/data/.work/raw/credit-line/decisions-*.csv"}), end);
});

it("sampleEnd is undefined for data from elsewhere, or when raw/ is not the generator's", () => {
  assert.equal(sampleEnd(dir, {source: "/exports/credit-line/*.csv"}), undefined);
  assert.equal(sampleEnd(dir, {source: join(dir, "raw", "claims", "x.csv")}), undefined); // not a sample system
  assert.equal(sampleEnd(dir, {source: join(dir, "rawish", "credit-line", "x.csv")}), undefined);
  writeFileSync(join(dir, "raw", "manifest.json"), JSON.stringify({generator: "someone else", end}));
  assert.equal(sampleEnd(dir, {source: join(dir, "raw", "credit-line", "decisions-*.csv")}), undefined);
  rmSync(join(dir, "raw", "manifest.json"));
  assert.equal(sampleEnd(dir, {source: join(dir, "raw", "credit-line", "decisions-*.csv")}), undefined);
});
