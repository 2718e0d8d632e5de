import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {test} from "node:test";
import type {ExplainReport} from "../../loaders/explain/explainReport.js";

const cli = new URL("../../loaders/cli.ts", import.meta.url).pathname;

/** `workbench explain --format json` on the bundled sample (built by `npm run build`'s prebuild). */
function explain(...argv: string[]): ExplainReport {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", cli, "explain", "--system", "credit-line", ...argv, "--format", "json"],
    {
      encoding: "utf8"
    }
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as ExplainReport;
}

test("the sample's May approval drop is explained mainly by the income drift (mix)", () => {
  const r = explain("--metric", "positive_rate", "--from", "2026-04-01..2026-05-01", "--to", "2026-05-01..2026-06-01");
  assert.ok(r.change < -0.1, `approve rate change ${r.change}`);
  const [top] = r.components;
  assert.equal(top.attribute, "income");
  assert.ok(top.share_explained! > 0.6, `income explains ${top.share_explained}`);
  assert.ok(top.mix < 0 && Math.abs(top.mix) > Math.abs(top.rate) + Math.abs(top.interaction));
  assert.equal(r.verdict, "population");
  for (const c of r.components) assert.ok(Math.abs(c.mix + c.rate + c.interaction - r.change) < 1e-12, c.attribute);
});

test("the sample's June latency step is not a population change", () => {
  const r = explain("--metric", "latency_p95", "--from", "2026-05-10..2026-06-10", "--to", "2026-06-10..2026-07-01");
  assert.ok(r.change > 0.2, `share above the reference p95 moved ${r.change}`);
  assert.equal(r.verdict, "within");
  for (const c of r.components) assert.ok(Math.abs(c.share_explained!) < 0.05, `${c.attribute} ${c.share_explained}`);
});
