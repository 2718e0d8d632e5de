import {isotonicCalibration} from "../shadow/isotonicCalibration.js";
import {bandFields} from "./bandFields.js";
import type {Chunking} from "./chunkRows.js";
import type {MetricsWindow, ModelMetricsOptions, WindowMetrics, WindowReliability} from "./modelMetrics.js";
import {performanceMetrics} from "./performanceMetrics.js";
import {referenceThresholds, type ThresholdRule, type Thresholds} from "./referenceThresholds.js";
import {ROLES, type ScoredColumns} from "./scoredColumns.js";
import {
  ESTIMATED_METRICS,
  samplingErrorComponents,
  type EstimatedMetric
} from "./samplingError/samplingErrorComponents.js";
import {windowBounds} from "./windowBounds.js";
import {distinctRanks} from "../stats/distinctRanks.js";

/** Rows of a window by index, in input order; null = every row. */
type Rows = Int32Array | null;

/**
 * modelMetrics on ScoredColumns: the same windows, the same rows in each in the same order, so the same sums in the
 * same order and the same bits, with a window held as an Int32Array of row indices and its columns gathered into typed
 * arrays (no object per row). What modelMetrics delegates to, and what the refresh computes on at scale.
 *
 * @throws {Error} as modelMetrics
 * @example modelMetricsOfColumns(scoredColumns(rows), {granularities: ["month"]}).metrics[0].granularity; // => "all"
 */
export function modelMetricsOfColumns(
  columns: ScoredColumns,
  {
    granularities = ["month", "week"],
    chunkSize,
    reference,
    thresholds: rule = {std: 3},
    minLabelled = 100,
    minRows = 100,
    bins = 10
  }: ModelMetricsOptions = {}
): {metrics: WindowMetrics[]; reliability: WindowReliability[]} {
  const metrics: WindowMetrics[] = [];
  const reliability: WindowReliability[] = [];
  const n = columns.score.length;
  if (!n) return {metrics, reliability};
  const key = columns.key ?? columns.day;
  const keys = columns.keys ?? columns.days;
  let referenceRows: Rows = null;
  let analysisRows: Rows = null;
  if (reference) {
    const inside = keyFilter(keys, reference);
    const split = partition(n, (i) => inside(key[i]));
    [referenceRows, analysisRows] = split;
  }
  const labelled = select(referenceRows, n, (i) => columns.label[i] >= 0);
  const scores = gather(columns.score, labelled);
  const labels = gather(columns.label, labelled);
  const ranks = columns.ranks !== undefined ? columns.ranks : distinctRanks(columns.score); // one sort for all
  const labelledRanks = ranks && {values: ranks.values, rank: gather(ranks.rank, labelled)};
  const calibration = labelled.length ? isotonicCalibration(scores, labels, {ranks: labelledRanks}) : null;
  const calibrate = calibration ? (s: number) => calibration.apply(s) : null;
  const thresholds = gather(columns.threshold, labelled);
  const predicted = new Uint8Array(labelled.length);
  for (let k = 0; k < labelled.length; ++k) predicted[k] = scores[k] >= thresholds[k] ? 1 : 0;
  const components = samplingErrorComponents({scores, labels, predicted, ranks: labelledRanks});

  const [first, last] = dayRange(columns);
  const lastDay = Date.parse(`${last}T00:00:00Z`);
  if (!Number.isFinite(lastDay)) throw new Error(`invalid day: ${last}`);
  const next = new Date(lastDay + 86_400_000).toISOString().slice(0, 10);
  const windows: [Omit<MetricsWindow, "role">, Rows][] = [
    [{granularity: "all", window_start: first, window_end: next, period: null}, null]
  ];
  const chunkings: Chunking[] = [
    ...granularities.map((granularity) => ({granularity})),
    ...(chunkSize ? [{size: chunkSize}] : [])
  ];
  for (const chunking of chunkings) {
    const parts: [MetricsWindow["period"], IndexChunk[]][] = reference
      ? [
          ["reference", chunkIndices(columns, referenceRows, chunking)],
          ["analysis", chunkIndices(columns, analysisRows, chunking)]
        ]
      : [[null, chunkIndices(columns, null, chunking)]];
    const list = parts.flatMap(([period, chunks]) => chunks.map((c) => [period, c] as const));
    list.sort(([pa, a], [pb, b]) => cmp(a.window_start, b.window_start) || cmp(pa ?? "", pb ?? ""));
    for (const [period, c] of list)
      windows.push([
        {granularity: c.granularity, window_start: c.window_start, window_end: c.window_end, period},
        c.rows
      ]);
  }

  // p̂ per distinct score: all of them in one walk along the knots (NaN, filled by performanceMetrics, uncalibrated)
  const calibrated = ranks
    ? calibration
      ? calibration.applyAscending(ranks.values)
      : new Float64Array(ranks.values.length).fill(NaN)
    : undefined;
  const computed = windows.map(([window, rows]) => {
    const {reliability: curve, ...m} = performanceMetrics(
      gather(columns.score, rows),
      gather(columns.threshold, rows),
      gather(columns.label, rows),
      {
        calibrate,
        minLabelled,
        minRows,
        bins,
        ranks: ranks && {values: ranks.values, rank: gather(ranks.rank, rows), calibrated}
      }
    );
    for (const b of curve) reliability.push({...window, ...b});
    return {window, role: roles(columns.role, rows), m};
  });
  const thresholdsOf = new Map<string, Record<EstimatedMetric, Thresholds> | null>([["all", null]]);
  for (const kind of new Set(computed.map((c) => c.window.granularity))) {
    if (kind === "all") continue;
    const ref = computed.filter(
      (c) => c.window.granularity === kind && (c.window.period === "reference" || c.window.period === null)
    );
    thresholdsOf.set(
      kind,
      Object.fromEntries(
        ESTIMATED_METRICS.map((metric) => [
          metric,
          referenceThresholds(
            ref.map((c) => c.m[metric]),
            ruleFor(rule, metric)
          )
        ])
      ) as Record<EstimatedMetric, Thresholds>
    );
  }
  for (const {window, role, m} of computed)
    metrics.push({
      ...window,
      role,
      ...m,
      ...bandFields(m, components, calibrate ? thresholdsOf.get(window.granularity)! : null)
    });
  return {metrics, reliability};
}

interface IndexChunk {
  granularity: MetricsWindow["granularity"];
  window_start: string;
  window_end: string;
  rows: Int32Array;
}

/**
 * chunkRows on row indices: by period, one chunk per month or ISO week holding a row, in time order, rows in input
 * order; by size, rows in key order (ties in input order), then consecutive chunks of `size`. Counting sorts, O(n).
 */
function chunkIndices(columns: ScoredColumns, rows: Rows, chunking: Chunking): IndexChunk[] {
  const n = rows ? rows.length : columns.score.length;
  const at = rows ? (k: number) => rows[k] : (k: number) => k;
  if ("size" in chunking) {
    const size = chunking.size;
    if (!(Number.isInteger(size) && size > 0)) throw new Error(`invalid chunk size: ${size}`);
    const key = columns.key ?? columns.day;
    const keys = columns.keys ?? columns.days;
    const sorted = countingSort(n, keys.length, (k) => key[at(k)], at);
    const chunks: IndexChunk[] = [];
    for (let i = 0; i < n; i += size) {
      const part = sorted.subarray(i, Math.min(i + size, n));
      chunks.push({
        granularity: "chunk",
        window_start: keys[key[part[0]]],
        window_end: keys[key[part[part.length - 1]]],
        rows: part
      });
    }
    return chunks;
  }
  const {granularity} = chunking;
  const {day, days} = columns;
  const startOfDay = new Int32Array(days.length).fill(-1); // day code → chunk id, one windowBounds per distinct day
  const starts = new Map<string, number>();
  const chunkOf = (k: number) => {
    const d = day[at(k)];
    if (startOfDay[d] < 0) {
      const start = windowBounds(days[d], granularity).start;
      let id = starts.get(start);
      if (id === undefined) starts.set(start, (id = starts.size));
      startOfDay[d] = id;
    }
    return startOfDay[d];
  };
  const ids = new Int32Array(n);
  for (let k = 0; k < n; ++k) ids[k] = chunkOf(k);
  const sorted = countingSort(n, starts.size, (k) => ids[k], at);
  const offsets = new Int32Array(starts.size + 1);
  for (let k = 0; k < n; ++k) ++offsets[ids[k] + 1];
  for (let c = 0; c < starts.size; ++c) offsets[c + 1] += offsets[c];
  return [...starts.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([start, id]) => ({
      granularity,
      window_start: start,
      window_end: windowBounds(start, granularity).end,
      rows: sorted.subarray(offsets[id], offsets[id + 1])
    }));
}

/** The values at(k) for k < n ordered by bucket(k) ∈ [0, buckets), ties in k order (a stable counting sort). */
function countingSort(
  n: number,
  buckets: number,
  bucket: (k: number) => number,
  at: (k: number) => number
): Int32Array {
  const offsets = new Int32Array(buckets + 1);
  for (let k = 0; k < n; ++k) ++offsets[bucket(k) + 1];
  for (let b = 0; b < buckets; ++b) offsets[b + 1] += offsets[b];
  const out = new Int32Array(n);
  for (let k = 0; k < n; ++k) out[offsets[bucket(k)]++] = at(k);
  return out;
}

/** The rows i < n (or of `rows`) for which `keep(i)`, in order. */
function select(rows: Rows, n: number, keep: (i: number) => boolean): Int32Array {
  const size = rows ? rows.length : n;
  const out = new Int32Array(size);
  let m = 0;
  for (let k = 0; k < size; ++k) {
    const i = rows ? rows[k] : k;
    if (keep(i)) out[m++] = i;
  }
  return out.slice(0, m);
}

/** The rows i < n with and without `inside(i)`, each in order. */
function partition(n: number, inside: (i: number) => boolean): [Int32Array, Int32Array] {
  const yes = new Int32Array(n);
  const no = new Int32Array(n);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; ++i) {
    if (inside(i)) yes[a++] = i;
    else no[b++] = i;
  }
  return [yes.slice(0, a), no.slice(0, b)];
}

/** A column's values at `rows`, in order (the column itself for every row). */
function gather<T extends Float64Array | Int32Array | Int8Array>(column: T, rows: Rows): T {
  if (!rows) return column;
  const out = new (column.constructor as new (n: number) => T)(rows.length);
  for (let k = 0; k < rows.length; ++k) out[k] = column[rows[k]];
  return out;
}

/** The roles of the rows, sorted and joined by "+" (e.g. "production+shadow"). */
function roles(role: Uint8Array, rows: Rows): string {
  const seen = new Uint8Array(ROLES.length);
  const n = rows ? rows.length : role.length;
  for (let k = 0; k < n; ++k) seen[role[rows ? rows[k] : k]] = 1;
  return ROLES.filter((_, r) => seen[r]).join("+"); // ROLES is in sorted order
}

/** The first and last day any row has. */
function dayRange({day, days}: ScoredColumns): [string, string] {
  const seen = new Uint8Array(days.length);
  for (let i = 0; i < day.length; ++i) seen[day[i]] = 1;
  const first = seen.indexOf(1);
  return [days[first], days[seen.lastIndexOf(1)]];
}

/** Whether a key code's time (or day) lies in [from, to), compared as instants (UTC); each key parsed once. */
function keyFilter(keys: readonly string[], {from, to}: {from: string; to: string}): (code: number) => boolean {
  const lo = instant(from);
  const hi = instant(to);
  const state = new Int8Array(keys.length); // 0 unknown, 1 inside, 2 outside
  return (code) => {
    if (!state[code]) {
      const t = instant(keys[code]);
      state[code] = t >= lo && t < hi ? 1 : 2;
    }
    return state[code] === 1;
  };
}

function instant(text: string): number {
  const t = Date.parse(
    /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`
  );
  if (!Number.isFinite(t)) throw new Error(`invalid time: ${text}`);
  return t;
}

function ruleFor(rule: NonNullable<ModelMetricsOptions["thresholds"]>, metric: EstimatedMetric): ThresholdRule {
  if ("std" in rule || "constant" in rule) return rule as ThresholdRule;
  return (rule as Partial<Record<EstimatedMetric, ThresholdRule>>)[metric] ?? {std: 3};
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
