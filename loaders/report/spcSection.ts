import {ControlChart} from "../../src/components/ControlChart.js";
import {controlLimits} from "../../src/lib/spc/controlLimits.js";
import {ruleText} from "../../src/lib/spc/ruleText.js";
import {signalEpisodes} from "../../src/lib/spc/signalEpisodes.js";
import {spcAnalysis, type SeriesBucket} from "../../src/lib/spc/spcAnalysis.js";
import type {Db} from "../db/openDb.js";
import {metricSeriesSql} from "../spc/metricSeriesSql.js";
import type {SpcSystem} from "../spc/spcSeriesSql.js";
import {escapeHtml} from "./escapeHtml.js";
import {htmlTable} from "./htmlTable.js";
import {renderChart} from "./renderChart.js";
import type {ReportSection, ReportWindows} from "./ReportSection.js";

/** The day before an ISO date (the last day of a half-open window ending there). */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The report's SPC section: every rate and KPI of `workbench spc` (null rates per column left out) by UTC day, limits
 * from the reference days (Phase I), and the Phase II signals (run rules, EWMA, CUSUM) on days inside the window,
 * grouped into episodes of consecutive days; a control chart for each metric that signalled (at most four),
 * drawn from the reference's start to the window's end.
 *
 * @example await spcSection(db, spcSystem, {window, reference});
 */
export async function spcSection(
  db: Db,
  system: SpcSystem,
  {window, reference}: ReportWindows
): Promise<ReportSection> {
  const episodes: {metric: string; label: string; from: string; to: string; days: number; rules: string}[] = [];
  const charts: string[] = [];
  const last = dayBefore(window.to);
  for (const metric of system.metrics) {
    if (metric.family || (metric.source !== "decisions" && !system.relations[metric.source])) continue;
    const rows = await db.all<{bucket: string; n: number | null; count: number | null; value: number | null}>(
      metricSeriesSql(metric, system.columns, system.relations, "day")
    );
    const series: SeriesBucket[] = rows
      .filter((r) => r.bucket >= reference.from.slice(0, 10) && r.bucket <= last)
      .map((r) =>
        metric.kind === "proportion"
          ? {bucket: r.bucket, n: r.n!, count: r.count!}
          : {bucket: r.bucket, value: r.value!}
      );
    if (series.filter((s) => s.bucket < reference.to.slice(0, 10)).length < 2) continue;
    const analysis = spcAnalysis(series, {baseline: {from: reference.from.slice(0, 10), to: dayBefore(reference.to)}});
    const signals = analysis.signals.filter(
      (s) =>
        s.phase === 2 &&
        s.bucket >= window.from.slice(0, 10) &&
        s.bucket <= last &&
        (s.chart === "p" || s.chart === "individuals" || s.chart === "ewma" || s.chart === "cusum")
    );
    const found = signalEpisodes(signals);
    for (const e of found)
      episodes.push({
        metric: metric.id,
        label: metric.label,
        from: e.from,
        to: e.to,
        days: e.buckets,
        rules: e.rules.map((r) => ruleText(r).name).join("; ")
      });
    if (found.length && charts.length < 4)
      charts.push(
        `<figure><figcaption>${escapeHtml(metric.label)}</figcaption>${renderChart((document) =>
          ControlChart(controlLimits(analysis), {
            label: metric.label,
            percent: analysis.kind === "proportion",
            width: 720,
            height: 240,
            document
          })
        )}</figure>`
      );
  }
  const metrics = [...new Set(episodes.map((e) => e.metric))];
  const summary = episodes.length
    ? `${episodes.length} signal episode(s) in ${metrics.length} metric(s): ${metrics.join(", ")}.`
    : "No SPC signal in the window.";
  return {
    id: "spc",
    title: "SPC signals",
    status: episodes.length ? "attention" : "ok",
    summary,
    html: `<p>${escapeHtml(summary)} Limits come from the reference days (Phase I); a signal is a run-rule violation (Western Electric, Nelson) on the Shewhart chart or an EWMA or CUSUM alarm.</p>
${
  episodes.length
    ? htmlTable(episodes, [
        {header: "metric", cell: (e) => e.label},
        {header: "from", cell: (e) => e.from, className: () => "nowrap"},
        {header: "to", cell: (e) => e.to, className: () => "nowrap"},
        {header: "days", cell: (e) => e.days, numeric: true},
        {header: "patterns", cell: (e) => e.rules}
      ])
    : ""
}
${charts.join("\n")}`
  };
}
