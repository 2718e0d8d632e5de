import {InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import type {Db} from "../db/openDb.js";
import {datasetDrift} from "../../src/lib/drift/datasetDrift.js";
import {driftReference} from "../../src/lib/drift/driftReference.js";
import {categoricalSample, type DriftSample} from "../../src/lib/drift/driftSample.js";
import type {ColumnKind} from "../../src/lib/drift/DriftStatistic.js";
import {sampleDrift} from "../../src/lib/drift/featureDrift.js";
import {featureReport, type FeatureReport} from "../../src/lib/drift/featureReport.js";
import type {DriftColumns} from "./driftColumns.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {GroupCounts} from "./valueCounts.js";
import {windowCounts} from "./windowCounts.js";
import {settings} from "../../src/lib/settings.js";

/** The drift report of a current window against a reference window. */
export interface DriftReport {
  reference: {rows: number; from: string; to: string};
  current: {rows: number; from: string; to: string};
  features: FeatureReport[];
  dataset_drift: {share: number; drifted: boolean; threshold: number; count: number; total: number};
}

/**
 * Compares a current window with a reference window, column by column, with the drift library (sampleDrift: every
 * statistic that applies to the column's type, the automatic test choice and its verdict) on each window's counts per
 * distinct value, which the engine computes (windowCounts: one scan per column for both windows), and derives dataset
 * drift from the share of drifted columns (≥ `share`, default settings.drift.share = 0.3). The `prediction` column (the
 * model score) is compared and reported but left out of the share: prediction drift is a consequence, not a cause.
 *
 * @throws {InputError} when a window has no rows, or a column has no non-null value in a window (naming the field)
 */
export async function driftReport(
  {db, log}: {db: Db; log: (message: string) => void},
  {
    file,
    relation,
    time,
    columns,
    reference,
    current,
    share = settings.drift.share,
    prediction,
    values = "typed"
  }: {
    file: string;
    relation: string;
    time: string;
    columns: DriftColumns;
    reference: TimeWindow;
    current: TimeWindow;
    share?: number;
    prediction?: string;
    /** How numeric columns are read (valueCounts): `text` for an input file, `typed` for a system's Parquet. */
    values?: "typed" | "text";
  }
): Promise<DriftReport> {
  const [ref, cur] = await windowCounts(db, relation, time, columns, [reference, current], values);
  log(
    `reference [${reference.from}, ${reference.to}): ${ref.rows} rows; current [${current.from}, ${current.to}): ${cur.rows} rows`
  );
  if (ref.rows === 0) throw noRows(`reference window [${reference.from}, ${reference.to})`, file);
  if (cur.rows === 0) throw noRows(`current window [${current.from}, ${current.to})`, file);
  const sample = (w: GroupCounts, name: string, type: ColumnKind, which: string): DriftSample => {
    const s = type === "numeric" ? w.numeric.get(name) : w.categorical.get(name)!;
    if (!s || (s instanceof Map && s.size === 0))
      throw new InputError(`no non-null value in the ${which} window`, {file, field: name});
    return s instanceof Map ? categoricalSample(s) : s;
  };
  const features: FeatureReport[] = [];
  for (const [type, names] of [
    ["numeric", columns.numeric],
    ["categorical", columns.categorical]
  ] as const)
    for (const name of names) {
      const r = sample(ref, name, type, "reference");
      const c = sample(cur, name, type, "current");
      features.push(featureReport(name, sampleDrift(driftReference(r), c)));
    }
  return driftReportOf({rows: ref.rows, ...reference}, {rows: cur.rows, ...current}, features, share, prediction);
}

/**
 * A drift report from its windows and feature lines: dataset drift is the share of drifted features, the
 * `prediction` column left out, against `share`.
 *
 * @example driftReportOf({rows: 10, from, to}, {rows: 5, from: f2, to: t2}, features, 0.3).dataset_drift.drifted
 */
export function driftReportOf(
  reference: DriftReport["reference"],
  current: DriftReport["current"],
  features: FeatureReport[],
  share: number,
  prediction?: string
): DriftReport {
  const dataset = datasetDrift(
    features.filter((f) => f.name !== prediction).map((f) => f.drifted),
    share
  );
  return {
    reference,
    current,
    features,
    dataset_drift: {
      share: dataset.share,
      drifted: dataset.drifted,
      threshold: share,
      count: dataset.count,
      total: dataset.total
    }
  };
}
