import {flagList, flagString, type Args} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {defaultReference} from "../drift/defaultReference.js";
import {driftColumns} from "../drift/driftColumns.js";
import {driftReport, type DriftReport} from "../drift/driftReport.js";
import {WORKBENCH_DRIFT_SHARE} from "../drift/driftSeries.js";
import {driftText} from "../drift/driftText.js";
import {parseWindow} from "../drift/parseWindow.js";
import {systemDriftInput} from "../drift/systemDriftInput.js";
import {checkInput} from "../drift/windowSamples.js";
import {inputRelation} from "../spc/inputRelation.js";
import {listSystems} from "../workspace/listSystems.js";
import {workDir} from "../workspace/workDir.js";

const usage = `usage: workbench drift --input <file.csv|.jsonl|.parquet> --time <column> --reference <from>..<to> --current <from>..<to> [options]
       workbench drift --system <name> [--data <dir>] [--reference <from>..<to>] --current <from>..<to> [options]

Compares a current window with a reference window, feature by feature, and reports every statistic that applies
(numeric: PSI, Jensen–Shannon distance, Kolmogorov–Smirnov, Wasserstein raw and normed; categorical: PSI,
Jensen–Shannon distance, chi-square) with the automatically chosen test and its verdict (Evidently's default rule:
reference ≤ 1000 rows → KS p < 0.05 / chi-square p < 0.05; larger → normed Wasserstein ≥ 0.1 / JS ≥ 0.1).
Windows are half-open [from, to), ISO dates or timestamps, UTC. Exits 1 when dataset drift is detected
(share of drifted features ≥ --share).

  --numeric a,b,c        numeric columns (default: every numeric column but --time)
  --categorical d,e      categorical columns (default: every text/boolean column but --time)
  --share 0.3            share of drifted features that means dataset drift (Evidently's default is 0.5;
                         with --system the score is reported as prediction drift but not counted)
  --system <name>        an ingested system: its contract's features and score; default reference: the
                         4 weeks from the first Monday with a model score
  --data <dir>           work directory with <system>/decisions.parquet (default data/.work)
  --format json          one JSON document on stdout`;

function shareFlag(args: Args): number {
  const text = flagString(args, "share", String(WORKBENCH_DRIFT_SHARE));
  const share = Number(text);
  if (!(share > 0 && share <= 1)) throw new InputError(`--share: expected a number in (0, 1]: ${JSON.stringify(text)}`);
  return share;
}

export const drift: Command = {
  name: "drift",
  summary: "feature drift of a current window against a reference window; exit 1 on dataset drift",
  usage,
  async run({args, log}) {
    if (args.flags.has("input") === args.flags.has("system")) throw new InputError("give either --input or --system");
    const current = parseWindow("current", flagString(args, "current"));
    const share = shareFlag(args);
    const db = await openDb();
    try {
      let report: DriftReport;
      if (args.flags.has("input")) {
        const file = flagString(args, "input");
        const relation = inputRelation(file);
        const time = flagString(args, "time");
        const columns = await driftColumns(db, relation, {
          file,
          time,
          numeric: flagList(args, "numeric"),
          categorical: flagList(args, "categorical")
        });
        await checkInput(db, relation, file, time, columns);
        const reference = parseWindow("reference", flagString(args, "reference"));
        report = await driftReport({db, log}, {file, relation, time, columns, reference, current, share});
      } else {
        const name = flagString(args, "system");
        const system = listSystems(flagString(args, "data", workDir())).find((s) => s.system === name);
        if (!system) throw new InputError(`unknown system ${JSON.stringify(name)}`);
        const input = await systemDriftInput(system);
        const columns =
          args.flags.has("numeric") || args.flags.has("categorical")
            ? await driftColumns(db, input.relation, {
                file: input.file,
                time: input.time,
                numeric: flagList(args, "numeric"),
                categorical: flagList(args, "categorical")
              })
            : input.columns;
        const reference = args.flags.has("reference")
          ? parseWindow("reference", flagString(args, "reference"))
          : await defaultReference(db, input.relation, input.time, input.score);
        if (!reference) throw new InputError("no timed rows to take a reference from", {file: input.file});
        report = await driftReport(
          {db, log},
          {
            file: input.file,
            relation: input.relation,
            time: input.time,
            columns,
            reference,
            current,
            share,
            prediction: input.score
          }
        );
      }
      if (report.dataset_drift.drifted)
        throw new CheckFailed(
          `dataset drift: ${report.dataset_drift.count} of ${report.dataset_drift.total} features drifted`,
          report
        );
      return report;
    } finally {
      db.close();
    }
  },
  text(result) {
    return driftText(result as DriftReport);
  }
};
