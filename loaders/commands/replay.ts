import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import {openDb} from "../db/openDb.js";
import {replayLog, type ReplayReport} from "../models/replayLog.js";

/** `workbench replay`: re-score logged decisions with the registered models and audit the log. */
export const replay: Command = {
  name: "replay",
  summary: "re-score logged decisions with the registered ONNX models (onnxruntime-node); audit the log",
  usage: `usage: workbench replay --registry models/registry.json --input <decisions.parquet>
         [--model <name>@<version>] [--shadow] [--tolerance 1e-6] [--min-share 1] [--format json]

Re-scores every model-made decision (decision_source 'model'; with --shadow: every shadow score) with the
registered version that made it, verifying each ONNX file's sha256, and reports
{rows, reproduced, reproduced_share, mismatches, rows_per_second}. A row is reproduced when
|replayed − logged score| <= --tolerance and the registered policy gives the logged decision.
Exit 0 when reproduced_share >= --min-share (default 1), 1 otherwise, 2 for unusable input or no decision
to replay ("no rows in model-made decisions": nothing to check is not a pass).`,
  booleans: ["shadow"],
  async run({args, log}) {
    const tolerance = Number(flagString(args, "tolerance", "1e-6"));
    if (!(tolerance >= 0))
      throw new InputError(`--tolerance: not a non-negative number ${JSON.stringify(args.flags.get("tolerance"))}`);
    const minShare = Number(flagString(args, "min-share", "1"));
    if (!(minShare >= 0 && minShare <= 1))
      throw new InputError(`--min-share: not a share between 0 and 1 ${JSON.stringify(args.flags.get("min-share"))}`);
    const db = await openDb();
    try {
      const input = flagString(args, "input");
      const shadow = args.flags.get("shadow") === true;
      const report = await replayLog(
        {
          registryFile: flagString(args, "registry", "models/registry.json"),
          input,
          model: args.flags.has("model") ? flagString(args, "model") : undefined,
          shadow,
          tolerance
        },
        {db, log}
      );
      // nothing to check is not a pass
      if (report.rows === 0) throw noRows(shadow ? "shadow-scored decisions" : "model-made decisions", input);
      if (report.reproduced_share !== null && report.reproduced_share < minShare)
        throw new CheckFailed(`${report.mismatch_count} of ${report.rows} logged decisions not reproduced`, report);
      return report;
    } finally {
      db.close();
    }
  },
  text(result) {
    const r = result as ReplayReport;
    return [
      `${r.rows} ${r.columns} decisions replayed, ${r.reproduced} reproduced (${r.reproduced_share === null ? "–" : (100 * r.reproduced_share).toFixed(4)} %), ${r.rows_per_second ?? "–"} rows/s`,
      ...r.by_model.map((m) => `  ${m.model}: ${m.reproduced} of ${m.rows}`),
      ...r.mismatches
        .slice(0, 20)
        .map(
          (m) =>
            `  ${m.decision_id} ${m.model}: ${m.reason} (logged ${m.logged_score} ${m.logged_decision}, replayed ${m.replayed_score} ${m.replayed_decision})`
        )
    ].join("\n");
  }
};
