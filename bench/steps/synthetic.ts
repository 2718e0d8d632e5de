import {jsonLines, node} from "../bench.js";
import {measure} from "../measure.js";
import type {Step} from "./Step.js";

export const synthetic: Step = {
  name: "synthetic",
  summary:
    "bench/driftProfile.ts: profiles and drift of N synthetic rows written by DuckDB (10 numeric, 5 categorical)",
  optional: true,
  async run(bench) {
    const m = await measure("node", node("bench/driftProfile.ts", String(bench.size)));
    for (const line of jsonLines<{step: string; seconds: number; peak_rss_mb: number}>(m.stdout))
      bench.record({
        step: `synthetic (bench/driftProfile.ts): ${line.step}`,
        rows: bench.size,
        note: `${line.seconds} s in-process, peak RSS so far ${line.peak_rss_mb} MB`
      });
    bench.record({step: "synthetic (bench/driftProfile.ts): whole process", rows: bench.size, m});
  }
};
