import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {errorLine} from "../../../loaders/cli/errorLine.js";
import {isDebug} from "../../../loaders/cli/isDebug.js";
import {openDb} from "../../../loaders/db/openDb.js";

const cli = new URL("../../../loaders/cli.ts", import.meta.url).pathname;

function workbench(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    encoding: "utf8",
    env: {...process.env, WORKBENCH_DEBUG: "", ...env}
  });
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe("errorLine", () => {
  it("keeps the first line of a message (DuckDB's LINE and our SQL: lines go)", () => {
    assert.equal(
      errorLine(new Error('Binder Error: Referenced column "x" not found\n\nLINE 1: SELECT x\nSQL: SELECT x')),
      'Binder Error: Referenced column "x" not found'
    );
    assert.equal(errorLine("plain"), "plain");
    assert.equal(errorLine(new TypeError("")), "TypeError");
  });
});

describe("isDebug", () => {
  it("is on with --debug or WORKBENCH_DEBUG other than empty, 0 or false", () => {
    assert.equal(isDebug(["ingest", "--debug"], {}), true);
    assert.equal(isDebug(["ingest"], {WORKBENCH_DEBUG: "1"}), true);
    assert.equal(isDebug(["ingest"], {WORKBENCH_DEBUG: "yes"}), true);
    for (const v of [undefined, "", "0", "false", " FALSE "])
      assert.equal(isDebug(["ingest"], {WORKBENCH_DEBUG: v}), false);
  });
});

describe("the CLI's errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-errors-"));
  after(() => rmSync(dir, {recursive: true, force: true}));

  it("a Parquet file of the wrong schema: one line naming file and field, exit 2; the stack only with --debug", async () => {
    const file = join(dir, "wrong.parquet");
    const db = await openDb();
    await db.run(`COPY (SELECT 'CL-1' AS decision_id, 2.5 AS income) TO '${file}' (FORMAT parquet)`);
    db.close();
    const plain = workbench(["replay", "--input", file]);
    assert.equal(plain.status, 2);
    assert.equal(
      plain.stderr,
      `error: ${file}: field decided_at: column missing (not a decision log of the workbench?)\n`
    );
    for (const debug of [
      workbench(["replay", "--input", file, "--debug"]),
      workbench(["replay", "--input", file], {WORKBENCH_DEBUG: "1"})
    ]) {
      assert.equal(debug.status, 2);
      assert.match(debug.stderr, /^error: .*field decided_at: column missing/);
      assert.match(debug.stderr, /\n {4}at .*replayLog/);
    }
  });

  it("an error that is not the user's (a directory that is a file) is one line too, exit 2, JSON with --format json", () => {
    const r = workbench(["profile", "--data", cli, "--format", "json"]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.split("\n").length, 2, r.stderr); // one line and the final newline
    assert.match(r.stderr, /^error: ENOTDIR/);
    assert.match(JSON.parse(r.stdout).error, /^ENOTDIR/);
  });
});
