import {SYSTEM, workbench} from "../bench.js";
import {features} from "../features.js";
import {halves} from "../halves.js";
import {measure} from "../measure.js";
import {p2Ratio} from "../p2Ratio.js";
import {peerCsv} from "../peerCsv.js";
import {pythonPeer} from "../pythonPeer.js";
import {sameDrift, type EvidentlyFeature, type OurFeature} from "../sameDrift.js";
import {systemFiles} from "../systemFiles.js";
import type {Step} from "./Step.js";

export const evidently: Step = {
  name: "evidently",
  summary:
    "P2 drift: `workbench drift` (first half vs second half, 15 features) against Evidently 0.2.8's stat tests (EVIDENTLY_SRC) on the same rows",
  needs: "system",
  optional: true,
  async run(bench) {
    const f = await features();
    const w = await halves(systemFiles(bench.work)!.decisions, f.time);
    const windows = ["--reference", w.reference, "--current", w.current];
    const columns = ["--numeric", f.numeric.join(","), "--categorical", f.categorical.join(",")];
    const ours = await measure(
      "node",
      workbench("drift", "--system", SYSTEM, "--data", bench.work, ...windows, ...columns, "--format", "json"),
      {env: bench.env, ok: [0, 1]}
    );
    bench.record({
      step: `drift: \`workbench drift\`, ${w.rows.reference.toLocaleString("en")} vs ${w.rows.current.toLocaleString("en")} rows, ${f.numeric.length} numeric + ${f.categorical.length} categorical features (whole process)`,
      rows: bench.size,
      m: ours
    });
    const csv = await peerCsv(bench);
    const peer = await pythonPeer<{features: EvidentlyFeature[]}>(bench, {
      name: "Evidently 0.2.8",
      variable: "EVIDENTLY_SRC",
      marker: "evidently/_version.py",
      script: "evidently.py",
      args: [csv.decisions, "--time", f.time, ...windows, ...columns],
      modules: {pandas: "python3-pandas", scipy: "python3-scipy"}
    });
    p2Ratio(bench, {
      what: "drift",
      target: 10,
      ours,
      peer,
      phase: "drift",
      name: "Evidently",
      version: "0.2.8",
      same: (r) => sameDrift((JSON.parse(ours.stdout) as {features: OurFeature[]}).features, r.features)
    });
  }
};
