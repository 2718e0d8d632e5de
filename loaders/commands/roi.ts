import {flagInt, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {derivedRows} from "../derived/derivedRows.js";
import {raterGroups, type RaterCount} from "../roi/roiAggregates.js";
import {loadRoiReport, roiReportOf} from "../roi/loadRoiReport.js";
import {roiModel} from "../roi/roiModel.js";
import {roiText} from "../roi/roiText.js";
import {contractsDir} from "../system/contractsDir.js";
import {openSystem} from "../system/openSystem.js";
import {workDir} from "../system/workDir.js";
import type {RoiCell} from "../../src/lib/roi/roiCell.js";
import type {RoiReport} from "../../src/lib/roi/roiReport.js";
import {settings} from "../../src/lib/settings.js";

const usage = `usage: workbench roi --system <name> [options]

The return on automating a decision system: cost per decision, handling, loss and approval rates and
consistency before (the manual baseline) and after go-live, net value per month and to date with day-cluster
bootstrap intervals, payback period and a one-way sensitivity of net value to every cost assumption. Money
comes from the cost model data/contracts/<system>.costs.yaml (documented inline). With the default --contracts,
the aggregates are the derived roi-cells and roi-raters tables (workbench refresh), the ROI page's.

  --data <dir>            work directory with <system>/decisions.parquet (default data/.work)
  --contracts <dir>       folder of <system>.odcs.yaml and <system>.costs.yaml (default data/contracts)
  --replicates <n>        bootstrap replicates (default ${settings.roi.bootstrap.replicates})
  --seed <n>              bootstrap seed (default ${settings.roi.bootstrap.seed})
  --min-net-value <x>     exit 1 unless the interval's lower end of net value to date is at least x
  --format json           one JSON document on stdout

Exit 0 success, 1 the --min-net-value check failed, 2 unusable input (unknown system, invalid cost model,
no manual baseline before go-live).`;

/** `workbench roi --system credit-line [--format json]`. */
export const roi: Command = {
  name: "roi",
  summary: "ROI of automation against the manual baseline: net value, payback, sensitivity",
  usage,
  async run({args, log}) {
    const name = flagString(args, "system");
    const dir = flagString(args, "data", workDir());
    const contracts = flagString(args, "contracts", contractsDir);
    const replicates = flagInt(args, "replicates", settings.roi.bootstrap.replicates);
    const seed = flagInt(args, "seed", settings.roi.bootstrap.seed);
    const minRaw = args.flags.has("min-net-value") ? flagString(args, "min-net-value") : undefined;
    const min = minRaw === undefined ? undefined : Number(minRaw);
    if (min !== undefined && (minRaw!.trim() === "" || !Number.isFinite(min)))
      throw new InputError(`--min-net-value: not a number ${JSON.stringify(minRaw)}`);
    if (replicates < 1) throw new InputError(`--replicates: must be at least 1: ${replicates}`);
    const system = await openSystem(dir, name, {contracts});
    const db = await openDb();
    try {
      let report: RoiReport;
      if (contracts === contractsDir) {
        const {model} = await roiModel(system);
        const cells = await derivedRows<RoiCell>(db, [system], "roi-cells", {log});
        const raters = raterGroups(await derivedRows<RaterCount>(db, [system], "roi-raters", {log}));
        report = roiReportOf(system.name, {cells, raters}, model, {replicates, seed});
      } else report = await loadRoiReport({db, log}, system, {replicates, seed});
      if (min !== undefined && report.headline.netValueToDate.low < min)
        throw new CheckFailed(
          `net value to date: interval lower end ${report.headline.netValueToDate.low.toFixed(2)} < ${min}`,
          report
        );
      return report;
    } finally {
      db.close();
    }
  },
  text: (result) => roiText(result as RoiReport)
};
