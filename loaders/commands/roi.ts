import {flagInt, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {loadRoiReport} from "../roi/loadRoiReport.js";
import {roiText} from "../roi/roiText.js";
import {contractsDir, listSystems} from "../workspace/listSystems.js";
import {workDir} from "../workspace/workDir.js";
import type {RoiReport} from "../../src/lib/roi/roiReport.js";

const usage = `usage: workbench roi --system <name> [options]

The return on automating a decision system: cost per decision, handling, loss and approval rates and
consistency before (the manual baseline) and after go-live, net value per month and to date with day-cluster
bootstrap intervals, payback period and a one-way sensitivity of net value to every cost assumption. Money
comes from the cost model data/contracts/<system>.costs.yaml (documented inline).

  --data <dir>            work directory with <system>/decisions.parquet (default data/.work)
  --contracts <dir>       folder of <system>.odcs.yaml and <system>.costs.yaml (default data/contracts)
  --replicates <n>        bootstrap replicates (default 1000)
  --seed <n>              bootstrap seed (default 1)
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
    const replicates = flagInt(args, "replicates", 1000);
    const seed = flagInt(args, "seed", 1);
    const minRaw = args.flags.has("min-net-value") ? flagString(args, "min-net-value") : undefined;
    const min = minRaw === undefined ? undefined : Number(minRaw);
    if (min !== undefined && (minRaw!.trim() === "" || !Number.isFinite(min)))
      throw new InputError(`--min-net-value: not a number ${JSON.stringify(minRaw)}`);
    let systems;
    try {
      systems = listSystems(dir, contracts);
    } catch (error) {
      throw new InputError((error as Error).message, {}, {cause: error});
    }
    const system = systems.find((s) => s.system === name);
    if (!system)
      throw new InputError(
        `unknown system ${JSON.stringify(name)} in ${dir} (${systems.map((s) => s.system).join(", ")})`
      );
    if (replicates < 1) throw new InputError(`--replicates: must be at least 1: ${replicates}`);
    const db = await openDb();
    try {
      const report = await loadRoiReport({db, log}, system, {replicates, seed});
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
