import {basename, dirname, join} from "node:path";
import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {shadowLatency} from "../models/shadowLatency.js";
import {shadowRows} from "../models/shadowRows.js";
import {openSystem} from "../system/openSystem.js";
import {workDir} from "../system/workDir.js";
import {shadowReport, type ShadowReport} from "../../src/lib/shadow/shadowReport.js";

/** `workbench shadow`: production vs shadow model on the same traffic, with a promotion recommendation. */
export const shadow: Command = {
  name: "shadow",
  summary: "champion vs shadow model on the same traffic: flips, metric and group deltas, CBPE, recommendation",
  usage: `usage: workbench shadow --system <credit-line|fraud-screen> [--dir <ingested dir>] [--registry models/registry.json]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--require promote] [--format json]

Compares the production and shadow models on every decision both scored (<dir>/decisions.parquet, default
$WORKBENCH_DATA/<system>, labels from outcomes.parquet): agreement, flip matrices by confidence band and
segment, metric deltas with 95 % intervals overall and per group (ROC AUC by DeLong; Brier, approval,
false-decline, missed-bad rates and value per decision as paired differences), CBPE estimates next to
realised metrics per month, inference latency per row (onnxruntime-node replay) and a promotion
recommendation with its evidence. Exit 1 when --require promote is given and the recommendation is not
"promote"; 2 for unusable input.`,
  async run({args, log}) {
    const system = flagString(args, "system");
    const dir = flagString(args, "dir", join(workDir(), system));
    const from = args.flags.has("from") ? flagString(args, "from") : "0000-00-00";
    const to = args.flags.has("to") ? flagString(args, "to") : "9999-99-99";
    const require = args.flags.has("require") ? flagString(args, "require") : undefined;
    if (require !== undefined && require !== "promote")
      throw new InputError(`--require: only "promote" is supported, got ${JSON.stringify(require)}`);
    const db = await openDb();
    try {
      const data = await shadowRows(await openSystem(dirname(dir), basename(dir)), {db});
      const rows = data.rows.filter((r) => r.day >= from && r.day <= to);
      if (!rows.length) throw new InputError(`no shadow rows between ${from} and ${to}`, {file: dir});
      const report = shadowReport(rows, {favourable: data.favourable, segments: data.segments, judged: data.judged});
      const latency = await shadowLatency(
        {
          registryFile: flagString(args, "registry", "models/registry.json"),
          input: join(dir, "decisions.parquet"),
          champion: data.champion,
          challenger: data.challenger
        },
        {db, log}
      );
      const result = {
        system,
        champion: data.champion,
        challenger: data.challenger,
        window: {from, to},
        latency,
        ...report
      };
      if (require && report.recommendation.decision !== "promote")
        throw new CheckFailed(
          `recommendation is "${report.recommendation.decision}": ${report.recommendation.summary}`,
          result
        );
      return result;
    } finally {
      db.close();
    }
  },
  text(result) {
    const r = result as ShadowReport & {system: string; champion: string; challenger: string};
    return [
      `${r.system}: ${r.champion} (champion) vs ${r.challenger} (challenger) on ${r.rows} decisions, ${r.labelled} labelled`,
      `agreement ${r.agreement === null ? "–" : (100 * r.agreement).toFixed(2)} %`,
      `recommendation: ${r.recommendation.decision}: ${r.recommendation.summary}`,
      ...r.recommendation.because.map((b) => `  ${b}`)
    ].join("\n");
  }
};
