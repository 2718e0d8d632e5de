import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {parseArgs} from "../../../loaders/cli/args.js";
import {CheckFailed, InputError} from "../../../loaders/cli/errors.js";
import {roi} from "../../../loaders/commands/roi.js";
import {openDb} from "../../../loaders/db/openDb.js";
import type {RoiReport} from "../../../src/lib/roi/roiReport.js";
import {cells, model} from "../../lib/roi/fixture.js";
import {writeRoiFixture} from "./roiFixture.js";

const cli = new URL("../../../loaders/cli.ts", import.meta.url).pathname;

describe("workbench roi", () => {
  let dir: string;
  let flags: string[];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "roi-cli-"));
    const db = await openDb({threads: 1});
    await writeRoiFixture(db, dir, cells, model);
    db.close();
    flags = ["--data", join(dir, "work"), "--contracts", join(dir, "contracts"), "--replicates", "100"];
  });
  after(() => rmSync(dir, {recursive: true, force: true}));
  const run = (argv: string[]) => roi.run({args: parseArgs(argv), log: () => {}, format: "json"});

  it("returns the report of the system, with the hand-computed headline", async () => {
    const r = (await run(["--system", "credit-line", ...flags])) as RoiReport;
    assert.ok(Math.abs(r.headline.netValueToDate.value - (100 + 2300 / 34 - 93 + 340 - 200)) < 1e-9);
    assert.equal(r.bootstrap.replicates, 100);
    assert.match(roi.text!(r), /net value to date +€215 \[/);
  });

  it("--min-net-value fails the check (exit 1) when the interval's lower end is below it", async () => {
    await assert.rejects(run(["--system", "credit-line", ...flags, "--min-net-value", "0"]), (e: Error) => {
      assert.ok(e instanceof CheckFailed);
      assert.match(e.message, /interval lower end -?\d+\.\d{2} < 0/);
      return true;
    });
    await run(["--system", "credit-line", ...flags, "--min-net-value", "-1e9"]);
  });

  it("rejects an unknown system, a bad number and a missing --system as input errors (exit 2)", async () => {
    await assert.rejects(
      run(["--system", "nope", ...flags]),
      (e: Error) => e instanceof InputError && /unknown system "nope"/.test(e.message)
    );
    await assert.rejects(
      run(["--system", "credit-line", ...flags, "--min-net-value", "lots"]),
      /--min-net-value: not a number "lots"/
    );
    await assert.rejects(run(flags), /missing --system/);
  });

  it("through the CLI: exactly one JSON document on stdout and exit codes 0, 1, 2", () => {
    const exec = (extra: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", cli, "roi", ...flags, "--format", "json", ...extra], {
        encoding: "utf8"
      });
    const ok = exec(["--system", "credit-line"]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as RoiReport).system, "credit-line");
    const check = exec(["--system", "credit-line", "--min-net-value", "1000000"]);
    assert.equal(check.status, 1, check.stderr);
    assert.equal((JSON.parse(check.stdout) as RoiReport).system, "credit-line");
    const bad = exec(["--system", "nope"]);
    assert.equal(bad.status, 2);
    assert.match((JSON.parse(bad.stdout) as {error: string}).error, /unknown system/);
  });
});
