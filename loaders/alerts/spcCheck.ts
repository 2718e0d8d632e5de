import type {SpcRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {resolveWindow} from "../../src/lib/alerts/resolveWindow.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {runRules} from "../../src/lib/spc/runRules.js";
import {spcAnalysis} from "../../src/lib/spc/spcAnalysis.js";
import {InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import {metricSeries} from "../derived/metricSeries.js";
import {spcSystem} from "../spc/spcSystem.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * SPC signals of one metric of a system (its series as the SPC page charts it, metricSeries: the derived
 * spc-series table by day and week, computed by month), analysed by spcAnalysis with the rule's baseline and run
 * rules (p-chart or individuals rules, EWMA and CUSUM) in the rule's recent window. A signal counts when its bucket
 * starts inside the window and, with a baseline, lies after it (Phase II), as the spc command's check. The value is
 * the number of buckets with at least one signal; fails when above the threshold (default 0).
 *
 * @throws {InputError} for an unknown system, metric or run rule, a series the analysis rejects, or a recent
 *   window without a bucket ("no rows in ...")
 */
export async function spcCheck(ctx: CheckContext, rule: SpcRule): Promise<CheckResult> {
  const {system, latest} = await systemFacts(ctx, rule.system);
  if (latest === null) throw new InputError("no decisions", {file: system.paths.decisions});
  const spc = spcSystem(system);
  const all = [...spc.metrics, ...(spc.drift?.metrics ?? [])];
  const metric = all.find((m) => m.id === rule.metric);
  if (!metric)
    throw new InputError(`unknown metric ${JSON.stringify(rule.metric)} (${all.map((m) => m.id).join(", ")})`);
  const sql = spc.metrics.find((m) => m.id === rule.metric);
  if (sql && sql.source !== "decisions" && !spc.relations[sql.source])
    throw new InputError(`metric ${sql.id} needs ${sql.source}, which is not ingested`);
  const rules = (rule.rules ?? runRules.map((r) => r.id)).map((id) => {
    const found = runRules.find((r) => r.id === id.toUpperCase());
    if (!found)
      throw new InputError(`unknown run rule ${JSON.stringify(id)} (${runRules.map((r) => r.id).join(", ")})`);
    return found;
  });
  const series = await metricSeries(ctx.db, system, spc, metric, rule.bucket, ctx);
  let analysis;
  try {
    analysis = spcAnalysis(series, {baseline: rule.baseline, rules});
  } catch (error) {
    throw new InputError(`${rule.system} ${metric.id}: ${(error as Error).message}`, {}, {cause: error});
  }
  const recent = resolveWindow(rule.recent, latest);
  // nothing to check is not a pass: the recent window must hold at least one bucket
  if (!series.some((b) => b.bucket >= recent.from && b.bucket < recent.to))
    throw noRows(`${recent.from}..${recent.to} (${rule.system} ${metric.id})`);
  const signals = analysis.signals.filter(
    (s) => s.bucket >= recent.from && s.bucket < recent.to && (rule.baseline === undefined || s.phase === 2)
  );
  const byBucket = new Map<string, string[]>();
  for (const s of signals) byBucket.set(s.bucket, [...(byBucket.get(s.bucket) ?? []), s.rule]);
  const what = `${metric.id}: ${rule.bucket}s with a signal`;
  const result = thresholdCheck(rule.name, what, byBucket.size, rule.threshold, "above");
  const listed = [...byBucket]
    .slice(0, 4)
    .map(([bucket, rules]) => `${bucket} (${rules.join(", ")})`)
    .join(", ");
  return {
    ...result,
    message: `${result.message} in ${recent.from}..${recent.to}${listed ? `: ${listed}${byBucket.size > 4 ? ", ..." : ""}` : ""}`
  };
}
