import assert from "node:assert/strict";
import {it} from "node:test";
import {conciseFairness} from "../../../src/lib/fairness/conciseFairness.js";
import {describeFairness} from "../../../src/lib/fairness/describeFairness.js";
import {fairnessReport} from "../../../src/lib/fairness/fairnessReport.js";

// Six groups, four of them far below the reference's selection rate: an intersection's worth of failing groups.
const cell = (tp: number, fp: number, tn: number, fn: number) => ({tp, fp, tn, fn, up: 0, un: 0});
const report = fairnessReport(
  [
    {group: "a×x", confusion: cell(400, 100, 300, 200)},
    {group: "a×y", confusion: cell(380, 110, 300, 210)},
    {group: "b×x", confusion: cell(100, 20, 400, 480)},
    {group: "b×y", confusion: cell(90, 20, 410, 480)},
    {group: "c×x", confusion: cell(80, 15, 420, 485)},
    {group: "c×y", confusion: cell(70, 15, 430, 485)}
  ],
  {tau: 0.8, checkRates: ["selection_rate"], bootstrap: false}
);

it("conciseFairness keeps the first groups outside the band and names the others on one line", () => {
  const full = describeFairness(report);
  const short = conciseFairness(report, {maxGroups: 2});
  assert.ok(full.filter((l) => l.includes("is outside the band")).length === 4, full.join("\n"));
  assert.equal(short.filter((l) => l.includes("is outside the band [")).length, 2);
  assert.match(short.join("\n"), /2 more groups are outside the band: c×x, c×y \(see the table\)\./);
  assert.match(short[0], /^Reference group: a×x/);
  assert.match(short.at(-1)!, /^Demographic parity: .*; Equalized odds: .*; Equal opportunity: .*\.$/);
  assert.ok(short.length < full.length);
});

it("conciseFairness changes nothing but the parity line when few groups fail", () => {
  const short = conciseFairness(report, {maxGroups: 10});
  assert.equal(short.filter((l) => l.includes("is outside the band [")).length, 4);
  assert.doesNotMatch(short.join("\n"), /more group/);
});
