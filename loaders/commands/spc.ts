import {flagNumber, flagString, type Args} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import {openDb, type Db} from "../db/openDb.js";
import {metricSeries} from "../derived/metricSeries.js";
import {inputSeries} from "../spc/inputSeries.js";
import type {SpcMetric, SpcSeriesInfo} from "../spc/spcMetrics.js";
import {spcReport, type SpcReport} from "../spc/spcReport.js";
import {spcSystem} from "../spc/spcSystem.js";
import {spcText} from "../spc/spcText.js";
import {commandSource} from "../system/commandSource.js";
import type {System} from "../system/System.js";
import {runRules} from "../../src/lib/spc/runRules.js";
import {spcAnalysis, type SeriesBucket, type SpcOptions} from "../../src/lib/spc/spcAnalysis.js";

const usage = `usage: workbench spc --input <file.csv|.jsonl|.parquet> --time <column> --value <0/1 column> [options]
       workbench spc --system <name> [--data <dir>] [--metric <id>] [options]

Charts a per-bucket proportion as a p-chart with run rules, and the same per-bucket proportions as an
individuals series for EWMA and CUSUM (a value metric such as latency_p95: individuals chart with rules).
With --system: the system's rates and KPIs, a null rate per optional column, and with --bucket week its drift
scores (share of drifted features, PSI per column; the Drift page's weekly series). Day and week series are read
from the derived spc-series table (workbench refresh), the SPC page's; month series are computed.
Exits 1 when a Phase II bucket (after --baseline; with no baseline: any bucket) violates a rule or signals,
2 on unusable input or when there is no bucket to chart ("no rows in ...": nothing to check is not a pass).

  --bucket day|week|month     UTC calendar buckets, weeks start on Monday (default day)
  --baseline <from>..<to>     Phase I buckets by first day, inclusive, either side optional (default all)
  --lambda 0.2 --L 3          EWMA weight and limit width
  --k 0.5 --h 5               CUSUM reference value and decision interval, in σ units
  --rules WE1,WE2,...         run rules (default all: ${runRules.map((r) => r.id).join(",")})
  --data <dir>                work directory with <system>/decisions.parquet (default data/.work)
  --metric <id>               one metric of the system (default: every metric); null rates are
                              null_rate:<column>, drift scores (weekly) drift_share and drift_psi:<column>
  --format json               one JSON document on stdout`;

/** The result of `--system` without `--metric`: one report per metric. */
interface SystemResult {
  system: string;
  bucket: string;
  metrics: SpcReport[];
  check: {failed: boolean; signals: number};
}

function options(args: Args): SpcOptions {
  const baseline = args.flags.get("baseline");
  let range: SpcOptions["baseline"];
  if (baseline !== undefined) {
    const m = typeof baseline === "string" ? /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(baseline) : null;
    if (!m) throw new InputError(`--baseline: expected <from>..<to> (YYYY-MM-DD) ${JSON.stringify(baseline)}`);
    range = {from: m[1], to: m[2]};
  }
  let rules = runRules;
  if (args.flags.has("rules")) {
    const ids = flagString(args, "rules").split(",");
    rules = ids.map((id) => {
      const rule = runRules.find((r) => r.id === id.trim().toUpperCase());
      if (!rule) throw new InputError(`--rules: unknown rule ${JSON.stringify(id)} (${runRules.map((r) => r.id)})`);
      return rule;
    });
  }
  const lambda = flagNumber(args, "lambda");
  const L = flagNumber(args, "L");
  const k = flagNumber(args, "k");
  const h = flagNumber(args, "h");
  return {baseline: range, rules, lambda, L, k, h};
}

function analyse(name: string, bucket: string, series: SeriesBucket[], opts: SpcOptions): SpcReport {
  try {
    return spcReport(name, bucket, spcAnalysis(series, opts));
  } catch (error) {
    if (error instanceof Error) throw new InputError(`${name}: ${error.message}`, {}, {cause: error});
    throw error;
  }
}

async function systemReports(
  db: Db,
  log: (message: string) => void,
  system: System,
  args: Args,
  bucket: string,
  opts: SpcOptions
): Promise<SpcReport | SystemResult> {
  const {name} = system;
  const spc = spcSystem(system);
  const all: (SpcMetric | SpcSeriesInfo)[] = [...spc.metrics, ...(spc.drift?.metrics ?? [])];
  const wanted = args.flags.get("metric");
  const metrics = all.filter((m) => wanted === undefined || m.id === wanted);
  if (metrics.length === 0) throw new InputError(`unknown metric ${JSON.stringify(wanted)} (${all.map((m) => m.id)})`);
  const reports: SpcReport[] = [];
  for (const metric of metrics) {
    if (!("source" in metric) && bucket !== "week") {
      if (wanted !== undefined) throw new InputError(`${metric.id}: drift scores are weekly (--bucket week)`);
      continue;
    }
    const series = await metricSeries(db, system, spc, metric, bucket, {log});
    if (series.length === 0) continue;
    reports.push(analyse(`${name} ${metric.id}`, bucket, series, opts));
  }
  // nothing to check is not a pass
  if (reports.length === 0) throw noRows(`${name}${wanted === undefined ? "" : ` ${wanted}`} (no ${bucket} bucket)`);
  if (wanted !== undefined) return reports[0];
  if (bucket !== "week" && spc.drift?.metrics.length) log(`spc: drift scores are weekly: add --bucket week`);
  const signals = reports.reduce((sum, r) => sum + r.check.signals, 0);
  return {system: name, bucket, metrics: reports, check: {failed: signals > 0, signals}};
}

export const spc: Command = {
  name: "spc",
  summary: "control charts (p, individuals, EWMA, CUSUM) with run rules; exit 1 on a Phase II signal",
  usage,
  async run({args, log}) {
    const bucket = flagString(args, "bucket", "day");
    const opts = options(args);
    const source = await commandSource(args);
    const db = await openDb();
    try {
      const result =
        source.kind === "input"
          ? analyse(
              source.file,
              bucket,
              await inputSeries(
                {db, log},
                {file: source.file, time: flagString(args, "time"), value: flagString(args, "value"), bucket}
              ),
              opts
            )
          : await systemReports(db, log, source.systems[0], args, bucket, opts);
      if (result.check.failed) throw new CheckFailed(`${result.check.signals} SPC signal(s)`, result);
      return result;
    } finally {
      db.close();
    }
  },
  text(result) {
    const r = result as SpcReport | SystemResult;
    return "metrics" in r ? r.metrics.map(spcText).join("\n\n") : spcText(r);
  }
};
