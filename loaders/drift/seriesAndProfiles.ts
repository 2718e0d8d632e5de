import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine} from "../engine/Engine.js";
import {profileRow, type ProfileRow} from "../profile/profileRow.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {timeSql} from "../system/timeSql.js";
import {datasetDrift} from "../../src/lib/drift/datasetDrift.js";
import {driftReference, type DriftReference} from "../../src/lib/drift/driftReference.js";
import {categoricalSample, type DriftSample, type NumericSample} from "../../src/lib/drift/driftSample.js";
import type {DriftBinRow, DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import {sampleDrift, type FeatureDrift} from "../../src/lib/drift/featureDrift.js";
import {featureReport} from "../../src/lib/drift/featureReport.js";
import {mergeSamples} from "../../src/lib/drift/mergeSamples.js";
import type {ColumnProfile} from "../../src/lib/profile/columnProfile.js";
import {categoricalProfile, numericProfile} from "../../src/lib/profile/countedProfile.js";
import {mergeProfiles} from "../../src/lib/profile/mergeProfiles.js";
import {samplePercentileEdges} from "../../src/lib/profile/percentileEdges.js";
import {TOP_K} from "../../src/lib/profile/profileColumn.js";
import type {DriftInput} from "./driftInput.js";
import {columnCounts, groupRows, type ColumnCounts} from "./valueCounts.js";
import {windowCounts} from "./windowCounts.js";

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 as `YYYY-MM-DD`. */
const isoDay = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
/** The Monday (days since 1970-01-01) of a day's ISO week: 1970-01-05, day 4, was a Monday. */
const mondayOf = (days: number) => days - ((((days + 3) % 7) + 7) % 7);
/** `YYYY-MM-DD` (00:00 UTC) as days since 1970-01-01, or NaN for anything else (a timestamp). */
const dayNumber = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) / DAY_MS : NaN);

/** What the pass computes: the weekly drift series, and the profiles when asked. */
export interface SeriesAndProfiles {
  cells: DriftCellRow[];
  bins: DriftBinRow[];
  windows: DriftWindowRow[];
  /** Day then week profiles of every column, histogram edges frozen on the reference (null unless asked). */
  profiles: {rows: ProfileRow[]; edges: Map<string, number[]>} | null;
  /** Why the profiles could not be computed (a numeric column without a value in the reference), or null. */
  profileError: InputError | null;
}

/** Readable bin labels: the categories, or the right-closed numeric intervals with open outer bins. */
function binLabels(d: FeatureDrift): string[] {
  if (d.bins.categories) return d.bins.categories;
  const e = d.bins.edges!;
  if (e.length === 0) return ["all"];
  return [`≤ ${fmt(e[0])}`, ...e.slice(1).map((x, i) => `(${fmt(e[i])}, ${fmt(x)}]`), `> ${fmt(e[e.length - 1])}`];
}
const fmt = (x: number) => (Math.abs(x) >= 1000 ? x.toFixed(0) : Number(x.toPrecision(3)).toString());

/** A column's sample in several periods together: numeric samples merged, category counts added; null if none. */
function unionOf(c: ColumnCounts, periods: readonly number[]): DriftSample | null {
  if (c.kind === "numeric") {
    const samples = periods.map((p) => c.groups.get(p)?.sample).filter((s) => s !== undefined);
    return samples.length > 0 ? mergeSamples(samples) : null;
  }
  const counts = new Map<string, number>();
  for (const p of periods)
    for (const {value, count} of c.groups.get(p) ?? []) counts.set(value, (counts.get(value) ?? 0) + count);
  return counts.size > 0 ? categoricalSample(counts) : null;
}

/**
 * The weekly drift series of a system (every ISO week with data against the reference window, each compared feature
 * and the score, with the overlay bins and each week's dataset-level verdict) and, when asked, the mergeable profiles
 * of the same columns per UTC day and ISO week (histogram bins frozen on the reference's percentiles), in one pass:
 * one engine query per column counts its values per period and distinct value (columnCounts), and everything is
 * computed from those counts in TypeScript, one column at a time (memory: one column's counts). Periods are UTC
 * days with profiles or on DuckDB, ISO weeks otherwise (fewer rows leave a PostgreSQL engine); weeks are merged from
 * days (mergeSamples, mergeProfiles). The reference is the union of its periods when it is made of whole periods,
 * else one more scan per column (windowCounts). The drift statistics are the library's (sampleDrift: the same
 * results as featureDrift on the rows); day profiles are countedProfile's (numericProfile, categoricalProfile), week
 * profiles their merge, as the profile page's readers expect. Rows as before: cells and bins week by week, columns in
 * input order (numeric, then categorical); profiles day rows column by column, then week rows.
 *
 * With profiles, a numeric column without a value in the reference (no bins to freeze) leaves the profiles out
 * (`profileError`), not the drift series.
 *
 * Cost at 1M decisions (credit-line: 11 numeric columns, 5 categorical, 180 days, 27 weeks; refresh, CPU): 3.0–3.4 s
 * (5.1–5.3 s before 2026-12-08), of which the numeric columns' queries and their transfer 2.1 s (DuckDB's GROUP BY
 * and ORDER BY per column: embeddedCountsSql), the categorical ones 0.2, sampleDrift 0.4, the profiles 0.55, the
 * unions (mergeSamples) 0.2. See docs/scale.md, "drift-cells … at 1M".
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function seriesAndProfiles(
  {db, log}: {db: Db | Engine; log: (message: string) => void},
  input: DriftInput,
  reference: TimeWindow,
  share: number,
  {profiles = false, values = "typed"}: {profiles?: boolean; values?: "typed" | "text"} = {}
): Promise<SeriesAndProfiles> {
  const dialect = ("dialect" in db ? db.dialect : undefined) ?? "duckdb";
  const byDay = profiles || dialect === "duckdb";
  const t = values === "text" ? timeSql(input.time) : sqlIdentifier(input.time);
  const date = `CAST(${t} AS DATE)`;
  const key = byDay ? date : dialectSql.weekStart(dialect, date);
  const groupBy = {sql: key, number: (k: string) => `(${k} - DATE '1970-01-01')`};
  const group = groupBy.number(key);
  const relation = {engine: db, from: input.relation, ...(input.partition ? {partition: input.partition} : {})};
  // the profiles' HyperLogLog sketch hashes with DuckDB's hash(): another engine leaves it out (distinct, hll null)
  const sketch = dialect === "duckdb";
  const rows = await groupRows({relation, group});
  const periods = [...rows.keys()].sort((a, b) => a - b);
  const weekOf = (p: number) => (byDay ? mondayOf(p) : p);
  const weeks = [...new Set(periods.map(weekOf))];
  const periodsOf = new Map(weeks.map((w) => [w, periods.filter((p) => weekOf(p) === w)]));
  // The reference as whole periods when it is: days (or Mondays, by week), else one more count of its own.
  const [from, to] = [dayNumber(reference.from), dayNumber(reference.to)];
  const whole = !Number.isNaN(from) && !Number.isNaN(to) && (byDay || (mondayOf(from) === from && mondayOf(to) === to));
  const inReference = whole ? periods.filter((p) => p >= from && p < to) : null;
  if (!whole && dialect !== "duckdb")
    throw new InputError(`a reference of whole days on ${dialect}: ${reference.from}..${reference.to}`, {
      file: input.file
    });
  const separate = whole
    ? null
    : (await windowCounts(db, input.relation, input.time, input.columns, [reference], values))[0];

  const cellsOf = new Map<number, DriftCellRow[]>(weeks.map((w) => [w, []]));
  const binsOf = new Map<number, DriftBinRow[]>(weeks.map((w) => [w, []]));
  const dayRows: ProfileRow[] = [];
  const weekProfiles = new Map<string, {week: number; column: string; profile: ColumnProfile}>();
  const edges = new Map<string, number[]>();
  let profileError: InputError | null = null;
  for await (const c of columnCounts({
    relation,
    group,
    groupBy,
    columns: input.columns,
    values,
    hashes: profiles && sketch
  })) {
    log(`drift ${input.system}: ${c.column}`);
    const ref =
      separate === null
        ? unionOf(c, inReference!)
        : c.kind === "numeric"
          ? (separate.numeric.get(c.column) ?? null)
          : separate.categorical.get(c.column)!.size > 0
            ? categoricalSample(separate.categorical.get(c.column)!)
            : null;
    const prepared: DriftReference | null = ref && driftReference(ref);
    for (const w of weeks) {
      const current = unionOf(c, periodsOf.get(w)!);
      if (!prepared || !current) continue; // e.g. no score in a manual week
      const d = sampleDrift(prepared, current);
      const week = isoDay(w);
      const role = c.column === input.score ? "prediction" : "feature";
      cellsOf.get(w)!.push({system: input.system, window_start: week, role, ...featureReport(c.column, d)});
      const rn = d.bins.reference.reduce((a, b) => a + b, 0);
      const cn = d.bins.current.reduce((a, b) => a + b, 0);
      binLabels(d).forEach((label, bin) =>
        binsOf.get(w)!.push({
          system: input.system,
          window_start: week,
          feature: c.column,
          bin,
          label,
          reference_share: d.bins.reference[bin] / rn,
          current_share: d.bins.current[bin] / cn
        })
      );
    }
    if (!profiles || profileError) continue;
    let profileOf: (p: number) => ColumnProfile;
    if (c.kind === "numeric") {
      if (!ref) {
        profileError = new InputError("no value in the reference window to freeze bins on", {
          file: input.file,
          field: c.column
        });
        continue;
      }
      const e = samplePercentileEdges(ref as NumericSample);
      edges.set(c.column, e);
      profileOf = (p) => {
        const g = c.groups.get(p);
        return numericProfile(
          {rows: rows.get(p)!, sample: g?.sample ?? null, hashes: sketch ? (g?.hashes ?? []) : null},
          e
        );
      };
    } else {
      profileOf = (p) =>
        categoricalProfile(
          {rows: rows.get(p)!, categories: (c.groups.get(p) ?? []).map((x) => ({...x, hash: sketch ? x.hash! : null}))},
          TOP_K
        );
    }
    for (const p of periods) {
      const profile = profileOf(p);
      dayRows.push(profileRow(input.system, "day", isoDay(p), c.column, profile));
      const key = `${weekOf(p)}\t${c.column}`;
      const w = weekProfiles.get(key);
      weekProfiles.set(key, {
        week: weekOf(p),
        column: c.column,
        profile: w ? mergeProfiles(w.profile, profile) : profile
      });
    }
  }
  const cells: DriftCellRow[] = [];
  const bins: DriftBinRow[] = [];
  const windows: DriftWindowRow[] = [];
  for (const w of weeks) {
    const compared = cellsOf.get(w)!;
    cells.push(...compared);
    bins.push(...binsOf.get(w)!);
    const features = compared.filter((c) => c.role === "feature");
    const prediction = compared.find((c) => c.role === "prediction");
    if (features.length === 0) continue;
    const dataset = datasetDrift(
      features.map((f) => f.drifted),
      share
    );
    const weekRows = periodsOf.get(w)!.reduce((s, p) => s + rows.get(p)!, 0);
    windows.push({
      system: input.system,
      window_start: isoDay(w),
      rows: weekRows,
      ...dataset,
      prediction_drifted: prediction ? prediction.drifted : null
    });
  }
  const weekRows = [...weekProfiles.values()].map((w) =>
    profileRow(input.system, "week", isoDay(w.week), w.column, w.profile)
  );
  return {
    cells,
    bins,
    windows,
    profiles:
      profiles && !profileError
        ? {
            rows: [...dayRows, ...weekRows].map((r) => (sketch ? r : {...r, distinct: null, hll: null})),
            edges
          }
        : null,
    profileError
  };
}
