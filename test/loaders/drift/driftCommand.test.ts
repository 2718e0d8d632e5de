import assert from "node:assert/strict";
import {execFile} from "node:child_process";
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {openDb} from "../../../loaders/db/openDb.js";
import {driftFixture} from "./fixture.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let dir: string;
let parquet: string;
let csv: string;

before(async () => {
  const db = await openDb();
  ({dir, file: parquet} = await driftFixture(db));
  csv = join(dir, "decisions.csv");
  await db.run(`COPY (SELECT * FROM read_parquet('${parquet}')) TO '${csv}' (HEADER)`);
  db.close();
});
after(() => rm(dir, {recursive: true, force: true}));

async function cli(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(
      "node",
      ["--import", "tsx", "loaders/cli.ts", "drift", ...args],
      {cwd: root}
    );
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

const common = [
  "--time",
  "decided_at",
  "--reference",
  "2026-01-12..2026-02-09",
  "--numeric",
  "income,open_accounts",
  "--categorical",
  "channel,housing"
];

test("drift --format json prints one JSON document and exits 1 on dataset drift (CSV input)", async () => {
  const r = await cli("--input", csv, ...common, "--current", "2026-02-23..2026-03-02", "--format", "json");
  assert.equal(r.code, 1);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.reference, {rows: 5600, from: "2026-01-12", to: "2026-02-09"});
  assert.equal(doc.current.rows, 1400);
  assert.deepEqual(Object.keys(doc.features[0]).slice(0, 4), ["name", "type", "test", "drifted"]);
  assert.deepEqual(doc.dataset_drift.drifted, true);
  for (const key of ["psi", "js_distance", "ks", "wasserstein", "wasserstein_normed", "chi2"])
    assert.ok(key in doc.features[0]);
  assert.match(r.stderr, /check failed: dataset drift/);
});

test("drift exits 0 on a quiet window (Parquet input) and prints a readable table without --format json", async () => {
  const r = await cli("--input", parquet, ...common, "--current", "2026-02-09..2026-02-16");
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^reference \[2026-01-12, 2026-02-09\): 5600 rows/);
  assert.match(r.stdout, /income\s+numeric\s+wasserstein/);
  assert.match(r.stdout, /dataset drift: 0 of 4 features drifted/);
});

test("drift exits 2 with a one-line error on unusable input", async () => {
  const missing = await cli(
    "--input",
    join(dir, "nope.csv"),
    ...common,
    "--current",
    "2026-02-09..2026-02-16",
    "--format",
    "json"
  );
  assert.equal(missing.code, 2);
  assert.match(JSON.parse(missing.stdout).error, /nope.csv: no such file/);
  const badWindow = await cli("--input", csv, ...common, "--current", "2026-02-16..2026-02-09");
  assert.equal(badWindow.code, 2);
  assert.match(badWindow.stderr, /--current: empty window/);
  const empty = await cli("--input", csv, ...common, "--current", "2027-01-01..2027-02-01");
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /no rows in current window \[2027-01-01, 2027-02-01\)/);
});
