import type {Engine} from "../engine/Engine.js";
import {weekStart} from "../system/weekStart.js";
import {dayOfWeekFactors} from "../../src/lib/quality/dayOfWeekFactors.js";
import {volumeAnomalies, type VolumeAnomalies} from "../../src/lib/quality/volumeAnomalies.js";
import {suggestBaseline} from "../../src/lib/spc/suggestBaseline.js";
import type {VolumeRow} from "../../src/lib/quality/qualityView.js";
import {settings} from "../../src/lib/settings.js";
import type {QualitySystem} from "./qualitySystem.js";
import {volumeDays} from "./volumeDays.js";

/** Index range [0, end) of the labels in the default baseline, or null when it has fewer than `min` labels. */
function baselineEnd(labels: string[], min: number): number | null {
  if (labels.length === 0) return null;
  const end = labels.indexOf(suggestBaseline(labels, undefined, settings.quality.volumeBaselineDays).to) + 1;
  return end >= min ? end : null;
}

/**
 * Volume per UTC day and ISO week of a system's decision log with anomalies flagged (see volumeAnomalies): days are
 * adjusted for the day of the week (dayOfWeekFactors) and charted against the first settings.quality.volumeBaselineDays
 * (56) days (needs 14 of them); weeks are charted as they are, full weeks only, against the full weeks starting in
 * those days (needs 4).
 * Windows outside what can be charted keep null limits.
 *
 * @throws {Error} carrying the SQL when the query fails
 */
export async function volumeRows(db: Engine, q: QualitySystem): Promise<VolumeRow<string>[]> {
  const decisions = q.objects[0];
  if (!decisions.time) return [];
  const days = calendar(await volumeDays(db, decisions.relation, decisions.time));
  const base = {system: q.system, sla_hours: q.slaHours ?? null};
  const labels = days.map((d) => d.day);
  const counts = days.map((d) => d.decisions);
  const dayEnd = baselineEnd(labels, 14);
  const dayChart =
    dayEnd === null
      ? null
      : volumeAnomalies(counts, {baseline: {end: dayEnd}, factors: dayOfWeekFactors(labels, counts, {end: dayEnd})});
  const rows: VolumeRow<string>[] = days.map((d, i) => ({
    ...base,
    grain: "day",
    window_start: d.day,
    decisions: d.decisions,
    days: 1,
    max_gap_hours: d.max_gap_hours,
    ...limits(dayChart, i, dayEnd)
  }));
  const weeks = new Map<string, {decisions: number; days: number; gap: number | null}>();
  for (const d of days) {
    const w = weekStart(d.day);
    const acc = weeks.get(w) ?? {decisions: 0, days: 0, gap: null};
    acc.decisions += d.decisions;
    acc.days += 1;
    if (d.max_gap_hours !== null) acc.gap = Math.max(acc.gap ?? 0, d.max_gap_hours);
    weeks.set(w, acc);
  }
  const full = [...weeks].filter(([, w]) => w.days === 7).map(([start]) => start);
  const weekEnd = baselineEnd(full, 4);
  const weekChart =
    weekEnd === null
      ? null
      : volumeAnomalies(
          full.map((w) => weeks.get(w)!.decisions),
          {baseline: {end: weekEnd}}
        );
  for (const [start, w] of weeks) {
    const i = full.indexOf(start);
    rows.push({
      ...base,
      grain: "week",
      window_start: start,
      decisions: w.decisions,
      days: w.days,
      max_gap_hours: w.gap,
      ...limits(i < 0 ? null : weekChart, i, weekEnd)
    });
  }
  return rows;
}

/** The days from the first to the last, the missing ones with 0 decisions and no gap. */
function calendar<T extends {day: string; decisions: number; max_gap_hours: number | null}>(days: T[]): T[] {
  if (days.length === 0) return days;
  const out: T[] = [];
  const at = new Map(days.map((d) => [d.day, d]));
  const last = Date.parse(`${days[days.length - 1].day}T00:00:00Z`);
  for (let ms = Date.parse(`${days[0].day}T00:00:00Z`); ms <= last; ms += 86_400_000) {
    const day = new Date(ms).toISOString().slice(0, 10);
    out.push(at.get(day) ?? ({day, decisions: 0, max_gap_hours: null} as T));
  }
  return out;
}

function limits(chart: VolumeAnomalies | null, i: number, end: number | null) {
  if (!chart || end === null) return {baseline: false, expected: null, lcl: null, ucl: null, anomaly: null};
  const p = chart.points[i];
  return {baseline: i < end, expected: p.expected, lcl: p.lcl, ucl: p.ucl, anomaly: p.anomaly};
}
