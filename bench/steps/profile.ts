import {SYSTEM, workbench} from "../bench.js";
import {measure} from "../measure.js";
import type {Step} from "./Step.js";

export const profile: Step = {
  name: "profile",
  summary: "`workbench profile`: mergeable profiles per day and week",
  needs: "system",
  async run(bench) {
    const m = await measure("node", workbench("profile", "--system", SYSTEM, "--data", bench.work), {env: bench.env});
    bench.record({step: "profiles (day SQL, weeks merged)", rows: bench.size, m});
  }
};
