import type {Row} from "./bench.js";
import type {Machine} from "./machine.js";

/** What a run appends to bench/RESULTS.md. */
export interface Run {
  command: string;
  started: Date;
  host: Machine;
  commit: string;
  /** Code files that differed from the commit (the checkout may be shared with work in progress). */
  dirty: string[];
  aborted?: Error;
  ratios: string[];
  rows: Row[];
}

/** One Markdown section: heading, command, machine and commit, ratios and verdicts, then one table line per step. */
export function report(run: Run): string {
  const {host} = run;
  return [
    "",
    `## npm run bench, ${run.started.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `\`${run.command}\``,
    "",
    `Machine: ${host.cores} cores (${host.cpu}), ${host.memoryGb} GB memory (${host.freeMemoryGb} GB free at the start), ` +
      `load average ${host.load} at the start (the machine is shared), Node ${host.node}. Wall and CPU seconds and peak ` +
      "RSS of each step's own process, from GNU time. " +
      `Code: commit ${run.commit}` +
      (run.dirty.length > 0 ? ` plus uncommitted changes to ${run.dirty.join(", ")}.` : "."),
    "",
    ...(run.aborted ? [`**Run aborted**: ${run.aborted.message.split("\n")[0]}`, ""] : []),
    ...(run.ratios.length > 0 ? ["**Ratios**", "", ...run.ratios.map((r) => `- ${r}`), ""] : []),
    "| rows | step | wall s | CPU s | rows/s | peak RSS MB | note |",
    "|---:|---|---:|---:|---:|---:|---|",
    ...run.rows.map(
      ({size, step, rows: n, m, note}) =>
        `| ${[
          size.toLocaleString("en"),
          step,
          m ? m.seconds.toFixed(1) : "",
          m ? m.cpuSeconds.toFixed(1) : "",
          m && n ? Math.round(n / m.seconds).toLocaleString("en") : "",
          m ? String(m.peakRssMb) : "",
          note ?? ""
        ].join(" | ")} |`
    ),
    ""
  ].join("\n");
}
