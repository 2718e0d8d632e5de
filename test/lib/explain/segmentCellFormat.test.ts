import assert from "node:assert/strict";
import {it} from "node:test";
import {segmentCellFormat} from "../../../src/lib/explain/segmentCellFormat.js";

it("segmentCellFormat writes shares and rates in %, a missing rate as –, and the parts in signed pp", () => {
  assert.equal(segmentCellFormat.share0(0.3127), "31.3%");
  assert.equal(segmentCellFormat.rate1(null), "–");
  assert.equal(segmentCellFormat.rate0(0), "0.0%");
  assert.equal(segmentCellFormat.mix(-0.1213), "−12.13 pp");
  assert.equal(segmentCellFormat.rate(0.00004), "0.00 pp"); // no "−0.00" or "+0.00"
  assert.equal(segmentCellFormat.interaction(0.005), "+0.50 pp");
});
