import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {checkReport} from "../../../src/lib/alerts/checkReport.js";
import {resolveWindow} from "../../../src/lib/alerts/resolveWindow.js";
import {thresholdCheck} from "../../../src/lib/alerts/thresholdCheck.js";

describe("thresholdCheck", () => {
  it("fails strictly above, at or above, or strictly below the threshold", () => {
    const status = (value: number, breach: "above" | "at or above" | "below") =>
      thresholdCheck("c", "x", value, 1, breach).status;
    assert.deepEqual(
      [status(1, "above"), status(1.01, "above"), status(1, "at or above"), status(0.99, "at or above")],
      ["pass", "fail", "fail", "pass"]
    );
    assert.deepEqual([status(1, "below"), status(0.99, "below")], ["pass", "fail"]);
  });
  it("says what was compared, both ways", () => {
    assert.deepEqual(thresholdCheck("q", "quarantine rate", 0.012, 0.01, "above"), {
      name: "q",
      status: "fail",
      value: 0.012,
      threshold: 0.01,
      message: "quarantine rate 0.012 above 0.01"
    });
    assert.equal(thresholdCheck("d", "share", 0.2, 0.3, "at or above").message, "share 0.2 below 0.3");
    assert.equal(thresholdCheck("f", "disparity", 0.9, 0.8, "below").message, "disparity 0.9 at or above 0.8");
  });
  it("rejects non-finite numbers", () => {
    assert.throws(() => thresholdCheck("c", "x", NaN, 1, "above"), /^Error: invalid value: NaN$/);
    assert.throws(() => thresholdCheck("c", "x", 1, Infinity, "above"), /^Error: invalid threshold: Infinity$/);
  });
});

describe("resolveWindow", () => {
  it("ends a last-n-days window at the day after the newest decision (UTC)", () => {
    // hand derivation: newest 2026-06-29T23:57Z → to 2026-06-30, 28 days earlier 2026-06-02
    assert.deepEqual(resolveWindow({last: 28}, "2026-06-29T23:57:40.620Z"), {from: "2026-06-02", to: "2026-06-30"});
    assert.deepEqual(resolveWindow({last: 1}, "2026-03-01T00:00:00Z"), {from: "2026-03-01", to: "2026-03-02"});
    assert.deepEqual(resolveWindow({from: "2026-01-01", to: "2026-02-01"}, "2030-01-01"), {
      from: "2026-01-01",
      to: "2026-02-01"
    });
    assert.throws(() => resolveWindow({last: 3}, "never"), /^Error: invalid latest: never$/);
  });
});

describe("checkReport", () => {
  it("counts failures but not errors", () => {
    const c = (status: "pass" | "fail" | "error") => ({
      name: status,
      status,
      value: null,
      threshold: null,
      message: ""
    });
    assert.equal(checkReport([c("pass"), c("fail"), c("error"), c("fail")]).failed, 2);
  });
});
