import {SYSTEM, sum, workbench} from "../bench.js";
import {features} from "../features.js";
import {measure, type Measured} from "../measure.js";
import type {Step} from "./Step.js";

export const fairness: Step = {
  name: "fairness",
  summary: "`workbench fairness` per protected attribute, overall and per month, no bootstrap",
  needs: "system",
  async run(bench) {
    const {time, protected: attributes} = await features();
    const runs: Measured[] = [];
    for (const group of attributes)
      runs.push(
        await measure(
          "node",
          workbench(
            "fairness",
            "--system",
            SYSTEM,
            "--data",
            bench.work,
            "--group",
            group,
            "--bootstrap",
            "0",
            "--window",
            "month",
            "--time",
            time,
            "--format",
            "json"
          ),
          {env: bench.env, ok: [0, 1]}
        )
      );
    const m = sum(runs);
    bench.results.set("fairness", m);
    bench.record({
      step: `fairness tables (${attributes.length} attributes × groups, overall and monthly)`,
      rows: bench.size,
      m
    });
  }
};
