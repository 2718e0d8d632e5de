import type {Db} from "../db/openDb.js";
import {datasetDrift} from "../../src/lib/drift/datasetDrift.js";
import {driftReference} from "../../src/lib/drift/driftReference.js";
import {categoricalSample, type DriftSample, type NumericSample} from "../../src/lib/drift/driftSample.js";
import type {ColumnKind} from "../../src/lib/drift/driftTests.js";
import {sampleDrift, type FeatureDrift} from "../../src/lib/drift/featureDrift.js";
import type {DriftBinRow, DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import {featureReport} from "../../src/lib/drift/featureReport.js";
import type {DriftColumns} from "./driftColumns.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {DriftInput} from "./driftInput.js";
import type {Engine} from "../engine/Engine.js";
import {weeklyValueCounts} from "../engine/weeklyValueCounts.js";
import {mergeSamples} from "../../src/lib/drift/mergeSamples.js";
import type {GroupCounts} from "./valueCounts.js";
import {windowCounts} from "./windowCounts.js";

/** Readable bin labels: the categories, or the right-closed numeric intervals with open outer bins. */
function binLabels(d: FeatureDrift): string[] {
  if (d.bins.categories) return d.bins.categories;
  const e = d.bins.edges!;
  if (e.length === 0) return ["all"];
  return [`≤ ${fmt(e[0])}`, ...e.slice(1).map((x, i) => `(${fmt(e[i])}, ${fmt(x)}]`), `> ${fmt(e[e.length - 1])}`];
}
const fmt = (x: number) => (Math.abs(x) >= 1000 ? x.toFixed(0) : Number(x.toPrecision(3)).toString());

type Counts = Pick<GroupCounts, "numeric" | "categorical">;

/** A column's non-empty sample of a window (counted numbers or category counts), null when it has no value. */
function sampleOf(window: Counts, name: string, type: ColumnKind): DriftSample | null {
  if (type === "numeric") return window.numeric.get(name) ?? null;
  const counts = window.categorical.get(name)!;
  return counts.size > 0 ? categoricalSample(counts) : null;
}

/** Whether a window is whole ISO weeks: from and to are Mondays given as dates (00:00 UTC). */
function wholeWeeks({from, to}: TimeWindow): boolean {
  const monday = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).getUTCDay() === 1;
  return monday(from) && monday(to);
}

/** The counts of several weeks together: numeric samples merged, category counts added. */
function unionOfWeeks(weeks: Counts[], columns: DriftColumns): Counts {
  const numeric = new Map<string, NumericSample>();
  for (const name of columns.numeric) {
    const samples = weeks.map((w) => w.numeric.get(name)).filter((x) => x !== undefined);
    if (samples.length > 0) numeric.set(name, mergeSamples(samples));
  }
  const categorical = new Map<string, Map<string, number>>();
  for (const name of columns.categorical) {
    const counts = new Map<string, number>();
    for (const w of weeks) for (const [k, n] of w.categorical.get(name)!) counts.set(k, (counts.get(k) ?? 0) + n);
    categorical.set(name, counts);
  }
  return {numeric, categorical};
}

/**
 * The drift series of a system: every ISO week (Monday 00:00 UTC) with data against the reference window, each
 * compared feature (and the score: prediction drift) through sampleDrift, plus the binned distributions for the
 * overlay and the dataset-level verdict per week (share of drifted features, the score excluded, ≥ `share`, e.g.
 * settings.drift.share).
 * Weeks inside the reference are compared too (they show what "no drift" looks like). Cost: one scan per column for
 * every week at once, in the engine (weeklyValueCounts: counts per week and distinct value), the reference being the
 * union of its weeks when it is whole weeks (the default reference), else one more scan per column (windowCounts);
 * each reference column is prepared once (driftReference) and compared with each week (sampleDrift, the same results
 * as featureDrift on the raw values).
 */
export async function driftSeries(
  {db, log}: {db: Db | Engine; log: (message: string) => void},
  input: DriftInput,
  reference: TimeWindow,
  share: number
): Promise<{cells: DriftCellRow[]; bins: DriftBinRow[]; windows: DriftWindowRow[]}> {
  const weeks = await weeklyValueCounts({engine: db, from: input.relation}, input.time, input.columns);
  const tallied = wholeWeeks(reference)
    ? unionOfWeeks(
        weeks.filter((w) => w.from >= reference.from && w.from < reference.to),
        input.columns
      )
    : (await windowCounts(db, input.relation, input.time, input.columns, [reference]))[0];
  // Each reference column is binned once, not once per week.
  const columns = [
    ...input.columns.numeric.map((name) => ({name, type: "numeric" as const})),
    ...input.columns.categorical.map((name) => ({name, type: "categorical" as const}))
  ].map(({name, type}) => {
    const sample = sampleOf(tallied, name, type);
    return {name, type, reference: sample && driftReference(sample)};
  });
  const cells: DriftCellRow[] = [];
  const bins: DriftBinRow[] = [];
  const windows: DriftWindowRow[] = [];
  for (const week of weeks) {
    log(`drift ${input.system} ${week.from}: ${week.rows} rows`);
    const compared: DriftCellRow[] = [];
    for (const {name, type, reference} of columns) {
      const c = sampleOf(week, name, type);
      if (!reference || !c) continue; // e.g. no score in a manual week
      const d = sampleDrift(reference, c);
      const role = name === input.score ? "prediction" : "feature";
      compared.push({system: input.system, window_start: week.from, role, ...featureReport(name, d)});
      const rn = d.bins.reference.reduce((a, b) => a + b, 0);
      const cn = d.bins.current.reduce((a, b) => a + b, 0);
      binLabels(d).forEach((label, bin) =>
        bins.push({
          system: input.system,
          window_start: week.from,
          feature: name,
          bin,
          label,
          reference_share: d.bins.reference[bin] / rn,
          current_share: d.bins.current[bin] / cn
        })
      );
    }
    cells.push(...compared);
    const features = compared.filter((c) => c.role === "feature");
    const prediction = compared.find((c) => c.role === "prediction");
    if (features.length === 0) continue;
    const dataset = datasetDrift(
      features.map((f) => f.drifted),
      share
    );
    windows.push({
      system: input.system,
      window_start: week.from,
      rows: week.rows,
      ...dataset,
      prediction_drifted: prediction ? prediction.drifted : null
    });
  }
  return {cells, bins, windows};
}
