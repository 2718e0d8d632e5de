import {SYSTEM, freshSystem, sum, workbench, type Bench} from "../bench.js";
import {features} from "../features.js";
import {measure, type Measured} from "../measure.js";
import type {Step} from "./Step.js";

/** One `workbench fairness --system <credit-line> --group <group> --bootstrap 0 [more] --format json` process. */
export const measureFairness = (bench: Bench, group: string, ...more: string[]) =>
  measure(
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
      ...more,
      "--format",
      "json"
    ),
    {env: bench.env, ok: [0, 1]} // 1: a group outside the band, the tables are computed all the same
  );

export const fairness: Step = {
  name: "fairness",
  summary: "`workbench fairness` per protected attribute, overall and per month, no bootstrap",
  needs: "system",
  async run(bench) {
    const {time, protected: attributes} = await features();
    freshSystem(bench);
    const runs: Measured[] = [];
    for (const group of attributes) runs.push(await measureFairness(bench, group, "--window", "month", "--time", time));
    const m = sum(runs);
    bench.results.set("fairness", m);
    bench.record({
      step: `fairness tables (${attributes.length} attributes × groups, overall and monthly)`,
      rows: bench.size,
      m
    });
  }
};
