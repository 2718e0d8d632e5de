import assert from "node:assert/strict";
import {it} from "node:test";
import {operationsView} from "../../../src/lib/operations/operationsView.js";

const day = (system: string, d: string, decisions: number) => ({system, day: d, decisions});
const ops = {
  daily: [day("a", "2026-06-28", 10), day("a", "2026-06-29", 12), day("b", "2026-06-29", 7)],
  loads: [
    {
      system: "a",
      object: "decisions",
      started_at: "2026-12-07T12:27:46.402Z",
      rows_read: 150012,
      duration_s: 26.368,
      rows_per_second: 5689,
      peak_rss_mb: 472,
      checksum_errors: 0
    },
    {
      system: "b",
      object: "decisions",
      started_at: "2026-12-07T12:28:01.000Z",
      rows_read: 100012,
      duration_s: 0.2,
      rows_per_second: 500060,
      peak_rss_mb: 1024,
      checksum_errors: 2
    }
  ]
};

it("operationsView filters by system, keeps each system's last day and writes the loads with units", () => {
  const all = operationsView(ops, "all systems");
  assert.equal(all.daily.length, 3);
  assert.deepEqual(all.daily[0].date, new Date("2026-06-28T00:00:00Z"));
  assert.deepEqual(
    all.last.map((d) => [d.system, d.day]),
    [
      ["a", "2026-06-29"],
      ["b", "2026-06-29"]
    ]
  );
  assert.deepEqual(all.loads[0], {
    system: "a",
    object: "decisions",
    "started (UTC)": "2026-12-07 12:27:46 UTC",
    "rows read": "150,012",
    duration: "26.4 s",
    speed: "5,689 rows/s",
    "peak memory": "472 MB",
    checksums: "all match"
  });
  assert.equal(all.loads[1].checksums, "2 mismatched");
  const b = operationsView(ops, "b");
  assert.equal(b.daily.length, 1);
  assert.equal(b.loads.length, 1);
  assert.equal(b.last.length, 2); // the cards show every system
});
