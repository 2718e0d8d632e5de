import {flagList, flagString, type Args} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {driftColumns} from "../drift/driftColumns.js";
import {driftInput} from "../drift/driftInput.js";
import {driftReport, type DriftReport} from "../drift/driftReport.js";
import {driftText} from "../drift/driftText.js";
import {checkInput} from "../drift/checkInput.js";
import {weekDriftReport} from "../derived/weekDriftReport.js";
import {commandSource} from "../system/commandSource.js";
import {defaultReference} from "../system/defaultReference.js";
import {inputRelation} from "../system/inputRelation.js";
import {parseWindow} from "../system/parseWindow.js";
import {settings} from "../../src/lib/settings.js";

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
                         4 weeks from the first Monday with a model score. One ISO week (a Monday to the next)
                         against the default reference is read from the derived drift tables (workbench refresh),
                         the Drift page's numbers; other windows are computed
  --data <dir>           work directory with <system>/decisions.parquet (default data/.work)
  --format json          one JSON document on stdout`;

function shareFlag(args: Args): number {
  const text = flagString(args, "share", String(settings.drift.share));
  const share = Number(text);
  if (!(share > 0 && share <= 1)) throw new InputError(`--share: expected a number in (0, 1]: ${JSON.stringify(text)}`);
  return share;
}

export const drift: Command = {
  name: "drift",
  summary: "feature drift of a current window against a reference window; exit 1 on dataset drift",
  usage,
  async run({args, log}) {
    const source = await commandSource(args);
    const current = parseWindow("current", flagString(args, "current"));
    const share = shareFlag(args);
    const db = await openDb();
    try {
      let report: DriftReport;
      if (source.kind === "input") {
        const file = source.file;
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
        report = await driftReport(
          {db, log},
          {file, relation, time, columns, reference, current, share, values: "text"}
        );
      } else {
        const input = driftInput(source.systems[0]);
        const custom = args.flags.has("numeric") || args.flags.has("categorical");
        const columns = custom
          ? await driftColumns(db, input.relation, {
              file: input.file,
              time: input.time,
              numeric: flagList(args, "numeric"),
              categorical: flagList(args, "categorical")
            })
          : input.columns;
        const derived =
          custom || args.flags.has("reference")
            ? null
            : await weekDriftReport(db, source.systems[0], current, share, {
                log,
                columns: columns.numeric.length + columns.categorical.length
              });
        const reference = args.flags.has("reference")
          ? parseWindow("reference", flagString(args, "reference"))
          : (derived?.reference ?? (await defaultReference(db, input.relation, input.time, input.score)));
        if (!reference) throw new InputError("no timed rows to take a reference from", {file: input.file});
        report =
          derived ??
          (await driftReport(
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
          ));
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
