/**
 * Benchmark: profiling and drift of N generated decisions × 15 features (10 numeric, 5 categorical) over 180 days.
 * Writes a synthetic decision log with DuckDB to bench/.out/drift-<N>.parquet (drift planted in the last 30 days),
 * then times (1) profiles per day and week for every feature (systemProfiles: SQL per day, weeks merged) and
 * (2) a drift report of the last week against the 4-week reference (driftReport: every statistic per feature).
 * Prints one JSON line per step with wall time and the process's peak RSS.
 *
 *   node --import tsx bench/driftProfile.ts [rows=10000000]
 */
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {openDb} from "../loaders/db/openDb.js";
import {driftReport} from "../loaders/drift/driftReport.js";
import type {DriftInput} from "../loaders/drift/driftInput.js";
import {systemProfiles} from "../loaders/profile/systemProfiles.js";

const rows = Number(process.argv[2] ?? 10_000_000);
const out = join(import.meta.dirname, ".out");
mkdirSync(out, {recursive: true});
const file = join(out, `drift-${rows}.parquet`);
const numeric = Array.from({length: 10}, (_, i) => `x${i}`);
const categorical = Array.from({length: 5}, (_, i) => `c${i}`);
const log = (message: string) => void process.stderr.write(message + "\n");
const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const result = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({step: name, rows, seconds: Number(seconds.toFixed(2)), peak_rss_mb: Math.round(peakMb)}) + "\n"
  );
  return result;
};

const db = await openDb({memoryLimit: "4GB"});
try {
  await step("generate", () =>
    db.run(`COPY (
      SELECT TIMESTAMP '2026-01-01' + to_microseconds(CAST(i * (180 * 86400e6 / ${rows}) AS BIGINT)) AS decided_at,
        ${numeric.map((c, k) => `(hash(i, ${k}) % 1000000) / 10000.0 * (1 + ${k}) + CASE WHEN i >= ${rows} * 150 / 180 AND ${k} < 4 THEN ${k + 5} ELSE 0 END AS ${c}`).join(",\n        ")},
        ${categorical.map((c, k) => `['a', 'b', 'c', 'd', 'e', 'f'][1 + (hash(i, ${k + 10}) % (CASE WHEN i >= ${rows} * 150 / 180 AND ${k} < 2 THEN 3 ELSE 6 END))::INTEGER] AS ${c}`).join(",\n        ")}
      FROM range(0, ${rows}) t(i)) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`)
  );
  const input: DriftInput = {
    system: "bench",
    file,
    relation: `read_parquet('${file}')`,
    time: "decided_at",
    columns: {numeric, categorical}
  };
  const reference = {from: "2026-01-05", to: "2026-02-02"};
  const profiles = await step("profile (day SQL + week merge, 15 columns)", () =>
    systemProfiles({db, log}, input, reference)
  );
  log(`${profiles.rows.length} profile rows`);
  const report = await step("drift (last week vs 4-week reference, 15 columns)", () =>
    driftReport(
      {db, log},
      {
        file,
        relation: input.relation,
        time: "decided_at",
        columns: input.columns,
        reference,
        current: {from: "2026-06-22", to: "2026-06-29"}
      }
    )
  );
  log(`dataset drift: ${report.dataset_drift.count} of ${report.dataset_drift.total}`);
} finally {
  db.close();
}
