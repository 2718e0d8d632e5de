import {flagString} from "../../loaders/cli/args.js";
import {freshSystem} from "../bench.js";
import {p2Ratio} from "../p2Ratio.js";
import {peerCsv} from "../peerCsv.js";
import {pythonPeer} from "../pythonPeer.js";
import {sameFairness, type FairlearnResult, type OurFairness} from "../sameFairness.js";
import {measureFairness} from "./fairness.js";
import type {Step} from "./Step.js";

export const fairlearn: Step = {
  name: "fairlearn",
  summary:
    "P2 fairness: `workbench fairness --group age_band` (as is, and with --rates-only) against fairlearn 0.9's MetricFrame (FAIRLEARN_SRC), 4 metrics, difference and ratio, on the same rows",
  needs: "system",
  optional: true,
  async run(bench) {
    const group = flagString(bench.args, "fairness-group", "age_band");
    freshSystem(bench);
    const ours = await measureFairness(bench, group);
    const result = JSON.parse(ours.stdout) as OurFairness;
    bench.record({
      step: `fairness: \`workbench fairness --group ${group} --bootstrap 0\`, ${result.groups.length} groups (whole process)`,
      rows: bench.size,
      m: ours
    });
    const csv = await peerCsv(bench);
    const peer = await pythonPeer<FairlearnResult>(bench, {
      name: "fairlearn 0.9",
      variable: "FAIRLEARN_SRC",
      marker: "fairlearn/__init__.py",
      script: "fairlearn.py",
      args: [csv.decisions, csv.outcomes, "--group", group],
      modules: {pandas: "python3-pandas", scipy: "python3-scipy", sklearn: "python3-sklearn"}
    });
    p2Ratio(bench, {
      what: "fairness",
      target: 50,
      ours,
      peer,
      phase: "fairness",
      name: "fairlearn",
      version: "0.9.0",
      same: (r) => sameFairness(result, r)
    });
    // the same work as the peer's: its four rates by group, without the overall score metrics it does not compute
    const rates = await measureFairness(bench, group, "--rates-only");
    const ratesResult = JSON.parse(rates.stdout) as OurFairness;
    bench.record({
      step: `fairness: \`workbench fairness --group ${group} --bootstrap 0 --rates-only\` (whole process)`,
      rows: bench.size,
      m: rates
    });
    p2Ratio(bench, {
      what: "fairness, the peer's metrics only (--rates-only)",
      target: 50,
      ours: rates,
      peer,
      phase: "fairness",
      name: "fairlearn",
      version: "0.9.0",
      same: (r) => sameFairness(ratesResult, r)
    });
  }
};
