import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {statusSpans} from "../../../src/lib/models/statusSpans.js";

describe("statusSpans", () => {
  it("turns status changes into consecutive spans, the last one up to as-of", () => {
    const spans = statusSpans(
      [
        {status: "candidate", date: "2026-01-20", approver: "risk", note: "validation passed"},
        {status: "production", date: "2026-01-31", approver: "committee"}
      ],
      "2026-06-29"
    );
    assert.deepEqual(spans, [
      {
        status: "candidate",
        from: "2026-01-20",
        to: "2026-01-31",
        approver: "risk",
        note: "validation passed",
        current: false
      },
      {status: "production", from: "2026-01-31", to: "2026-06-29", approver: "committee", note: null, current: true}
    ]);
  });

  it("gives an empty last span when as-of is before the change, and rejects bad histories", () => {
    assert.equal(
      statusSpans([{status: "candidate", date: "2026-07-01", approver: "x"}], "2026-06-29")[0].to,
      "2026-07-01"
    );
    assert.throws(() => statusSpans([], "2026-06-29"), /at least one status change/);
    assert.throws(
      () =>
        statusSpans(
          [
            {status: "candidate", date: "2026-02-01", approver: "x"},
            {status: "shadow", date: "2026-01-01", approver: "x"}
          ],
          "2026-06-29"
        ),
      /out of date order: 2026-01-01/
    );
  });
});
