import assert from "node:assert/strict";
import {it} from "node:test";
import {formatCount} from "../../../src/lib/format/formatCount.js";
import {formatDate} from "../../../src/lib/format/formatDate.js";
import {formatDateTime} from "../../../src/lib/format/formatDateTime.js";
import {formatMs} from "../../../src/lib/format/formatMs.js";
import {formatPercent} from "../../../src/lib/format/formatPercent.js";
import {formatPValue} from "../../../src/lib/format/formatPValue.js";
import {formatSigned} from "../../../src/lib/format/formatSigned.js";

it("formatPercent(share) writes one decimal and keeps rare events visible at both ends", () => {
  assert.equal(formatPercent(0.8375), "83.8%");
  assert.equal(formatPercent(0.27149), "27.1%");
  assert.equal(formatPercent(0), "0.0%");
  assert.equal(formatPercent(1), "100.0%");
  assert.equal(formatPercent(0.0004), "< 0.1%");
  assert.equal(formatPercent(0.0005), "0.1%");
  assert.equal(formatPercent(0.9996), "> 99.9%");
  assert.equal(formatPercent(0.5, 0), "50%");
  assert.equal(formatPercent(-0.25), "−25.0%");
  assert.throws(() => formatPercent(NaN), /invalid share: NaN/);
});

it("formatCount(n) rounds and separates thousands", () => {
  assert.equal(formatCount(150012), "150,012");
  assert.equal(formatCount(999.5), "1,000");
  assert.equal(formatCount(-1234), "−1,234");
  assert.throws(() => formatCount(Infinity), /invalid count: Infinity/);
});

it("formatDateTime(t) writes UTC minutes from epoch ms, a Date or ISO text, never the epoch number", () => {
  assert.equal(formatDateTime(1775743196722), "2026-04-09 13:59 UTC");
  assert.equal(formatDateTime(new Date("2026-01-01T00:00:00Z")), "2026-01-01 00:00 UTC");
  assert.equal(formatDateTime("2026-06-29T23:57:40.620Z", {seconds: true}), "2026-06-29 23:57:40 UTC");
  assert.throws(() => formatDateTime("yesterday"), /invalid time: yesterday/);
  assert.equal(formatDate(1779062400000), "2026-05-18");
  assert.equal(formatDate("2026-05-18T23:59:59.999Z"), "2026-05-18");
});

it("formatMs(ms) picks ms, s or min at the boundaries", () => {
  assert.equal(formatMs(108.6), "109 ms");
  assert.equal(formatMs(999.4), "999 ms");
  assert.equal(formatMs(1000), "1 s");
  assert.equal(formatMs(4085), "4.1 s");
  assert.equal(formatMs(60_000), "1 min");
  assert.throws(() => formatMs(-1), /invalid duration: -1/);
});

it("formatPValue(p) gives two significant digits and < 0.001 below that", () => {
  assert.equal(formatPValue(0.0342), "0.034");
  assert.equal(formatPValue(0.001), "0.001");
  assert.equal(formatPValue(0.000999), "< 0.001");
  assert.equal(formatPValue(1), "1");
  assert.throws(() => formatPValue(1.5), /invalid p-value: 1.5/);
});

it("formatSigned(x) always shows the sign, with a true minus", () => {
  assert.equal(formatSigned(0.00803), "+0.008");
  assert.equal(formatSigned(-0.0633), "−0.063");
  assert.equal(formatSigned(-0.0004), "0.000");
  assert.equal(formatSigned(-29.477, 2, " €"), "−29.48 €");
});
