import {join} from "node:path";
import {node} from "../bench.js";
import {measure} from "../measure.js";
import type {Step} from "./Step.js";

export const drift: Step = {
  name: "drift",
  summary: "the Drift page's table (src/data/drift.json.ts): every ISO week × 15 features + score",
  needs: "system",
  async run(bench) {
    const m = await measure("node", node("src/data/drift.json.ts"), {
      env: bench.env,
      stdoutFile: join(bench.dir, "drift.json")
    });
    bench.results.set("drift", m);
    bench.record({step: "drift table (27 weeks × 15 features + score)", rows: bench.size, m});
  }
};
