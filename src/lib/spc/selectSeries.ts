import type {SeriesBucket} from "./spcAnalysis.js";

/** A row of the SPC page's table (src/data/spc-series.parquet): one bucket of one metric of one system. */
export interface SeriesRow {
  system: string;
  metric: string;
  label: string;
  kind: string;
  description: string;
  /** The family of like series the metric belongs to (e.g. `null_rate`, one per column), its name and this member. */
  family?: string | null;
  family_label?: string | null;
  member?: string | null;
  /** A fixed context level for the chart (e.g. the drift threshold), not a control limit. */
  threshold?: number | null;
  unit: string;
  bucket: string;
  n: number | null;
  count: number | null;
  value: number | null;
  /** First day of automated decisions of the system (YYYY-MM-DD), where the default baseline starts. */
  automated_from: string | null;
}

/**
 * The buckets of one system's metric at one unit, in table order (the loader sorts by bucket), as
 * spcAnalysis input: `{bucket, n, count}` for a proportion metric, `{bucket, value}` otherwise.
 *
 * @example selectSeries(rows, {system: "credit-line", metric: "fallback_rate", unit: "day"})[0]; // => {bucket: "2026-01-01", n: 1400, count: 0}
 */
export function selectSeries(
  rows: Iterable<SeriesRow>,
  {system, metric, unit}: {system: string; metric: string; unit: string}
): SeriesBucket[] {
  const out: SeriesBucket[] = [];
  for (const r of rows)
    if (r.system === system && r.metric === metric && r.unit === unit)
      out.push(
        r.kind === "proportion" ? {bucket: r.bucket, n: r.n!, count: r.count!} : {bucket: r.bucket, value: r.value!}
      );
  return out;
}
