import {readFileSync} from "node:fs";
import {join} from "node:path";
import {ROOT, times, workbench} from "../bench.js";
import {features} from "../features.js";
import {measure, type Measured} from "../measure.js";
import {peerCsv} from "../peerCsv.js";
import {PYTHON, PYTHON_ENV, ensurePython} from "../python.js";
import type {Step} from "./Step.js";

const TABLES = ["drift", "fairness", "spc"] as const;
type Table = (typeof TABLES)[number];

interface Peer {
  rows: number;
  seconds: Record<Table | "load", number>;
  cpu_seconds: Record<Table | "load", number>;
  psi: Record<string, number>;
  versions: Record<string, string>;
}

/** The largest difference between the workbench's PSI and the peer's over the week × feature cells both have. */
function samePsi(driftJson: string, peer: Peer): string {
  const payload = JSON.parse(readFileSync(driftJson, "utf8")) as {
    cells: {window_start: string; name: string; psi: number}[];
  };
  let compared = 0;
  let maxDiff = 0;
  for (const c of payload.cells) {
    const p = peer.psi[`${c.window_start} ${c.name}`];
    if (p === undefined) continue;
    compared += 1;
    maxDiff = Math.max(maxDiff, Math.abs(p - c.psi));
  }
  return `same PSI in ${compared} week × feature cells (max difference ${maxDiff.toExponential(1)})`;
}

export const peers: Step = {
  name: "peers",
  summary:
    "the same drift, fairness and SPC tables in pandas + scipy (bench/peers/tables.py), PSI of every week × feature checked",
  needs: "system",
  uses: ["drift", "fairness", "spc"],
  optional: true,
  async run(bench) {
    const ours = Object.fromEntries(TABLES.map((t) => [t, bench.results.get(t)!])) as Record<Table, Measured>;
    // One command's fixed cost: node, tsx and that command's modules (not `workbench help`, which imports them all).
    const startup = await measure("node", workbench("fairness", "--help"));
    bench.record({
      step: "workbench start-up alone (node + tsx + one command, `workbench fairness --help`)",
      m: startup
    });
    const processes: Record<Table, number> = {drift: 1, fairness: (await features()).protected.length, spc: 1};
    ensurePython({pandas: "python3-pandas", scipy: "python3-scipy"});
    const csv = await peerCsv(bench);
    const m = await measure(PYTHON, [join(ROOT, "bench/peers/tables.py"), csv.decisions, csv.outcomes], {
      env: PYTHON_ENV
    });
    const peer = JSON.parse(m.stdout) as Peer;
    bench.record({
      step: `peer: pandas ${peer.versions.pandas} + scipy ${peer.versions.scipy} (load CSV + 3 tables)`,
      rows: peer.rows,
      m
    });
    const total = (f: (t: Table) => number) => TABLES.reduce((s, t) => s + f(t), 0);
    const line = (what: string, peerOf: (t: Table | "load") => number, oursOf: (t: Table) => number) =>
      `${what}: drift ${times(peerOf("drift"), oursOf("drift"))}, fairness ${times(peerOf("fairness"), oursOf("fairness"))}, ` +
      `SPC ${times(peerOf("spc"), oursOf("spc"))}, all three ${times(total(peerOf), total(oursOf))} ` +
      `(${times(total(peerOf) + peerOf("load"), total(oursOf))} counting the peer's CSV load)`;
    bench.ratio(
      `${bench.size.toLocaleString("en")} rows, pandas + scipy ÷ workbench (above 1: the workbench is faster), the same drift, ` +
        `fairness and SPC tables (${samePsi(join(bench.dir, "drift.json"), peer)}). Workbench: whole processes (start-up, ` +
        `reading Parquet); peer: the computation alone, after a ${peer.seconds.load.toFixed(1)} s CSV load. ` +
        [
          line(
            "Wall time",
            (t) => peer.seconds[t],
            (t) => ours[t].seconds
          ),
          line(
            "CPU time",
            (t) => peer.cpu_seconds[t],
            (t) => ours[t].cpuSeconds
          ),
          line(
            "CPU time without the workbench's start-up",
            (t) => peer.cpu_seconds[t],
            (t) => ours[t].cpuSeconds - startup.cpuSeconds * processes[t]
          )
        ].join("; ") +
        `; peak RSS ${m.peakRssMb} MB (peer) vs ${Math.max(...TABLES.map((t) => ours[t].peakRssMb))} MB`
    );
    for (const t of ["load", ...TABLES] as const)
      bench.record({
        step: `peer: pandas + scipy, ${t}`,
        note: `${peer.seconds[t].toFixed(1)} s wall, ${peer.cpu_seconds[t].toFixed(1)} s CPU (inside the process above)`
      });
  }
};
