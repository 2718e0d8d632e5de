import {SYSTEM, workbench} from "../bench.js";
import {measure} from "../measure.js";
import type {Step} from "./Step.js";

export const spc: Step = {
  name: "spc",
  summary: "`workbench spc`: every metric per day, p-chart, EWMA, CUSUM and run rules",
  needs: "system",
  async run(bench) {
    const m = await measure("node", workbench("spc", "--system", SYSTEM, "--data", bench.work, "--format", "json"), {
      env: bench.env,
      ok: [0, 1]
    });
    bench.results.set("spc", m);
    bench.record({step: "SPC tables (every metric per day, charts and rules)", rows: bench.size, m});
  }
};
