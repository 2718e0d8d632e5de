/** A row of quality-freshness.parquet. */
export interface FreshnessRow {
  system: string;
  last_decision: Date | null;
  as_of: Date | null;
  freshness_hours: number | null;
  sla_hours: number | null;
  fresh: boolean | null;
}

/**
 * A row of quality-volume.parquet (see loaders/quality/volumeRows.ts): decisions in a day or an ISO week with its
 * control limits. `Day` is the window's first day: a Date as the page reads the Parquet, `YYYY-MM-DD` as the loader
 * computes it.
 */
export interface VolumeRow<Day = Date> {
  system: string;
  /** "day" or "week". */
  grain: string;
  window_start: Day;
  decisions: number;
  /** Calendar days of the window inside the log's span (a week at either end may be partial). */
  days: number;
  /** Longest gap between consecutive decisions ending in the window, in hours. */
  max_gap_hours: number | null;
  sla_hours: number | null;
  /** Whether the window is in the baseline the limits were estimated on. */
  baseline: boolean;
  expected: number | null;
  lcl: number | null;
  ucl: number | null;
  /** "high", "low" or null. */
  anomaly: string | null;
}

/** A row of quality-nulls.parquet. */
export interface NullRow {
  system: string;
  object: string;
  grain: string;
  window_start: Date;
  column: string;
  required: boolean;
  rows: number;
  nulls: number;
  null_rate: number;
}

/** A row of quality-integrity.parquet. */
export interface IntegrityRow {
  system: string;
  week: Date | null;
  decisions: number;
  labelled: number;
  pending: number;
  overdue: number;
  outcomes: number;
  orphan_outcomes: number;
  outcomes_before_decision: number;
  overdue_before: Date | null;
}

/** A row of quality-quarantine.parquet. */
export interface QuarantineRow {
  system: string;
  object: string;
  week: Date | null;
  source_file: string;
  check: string;
  rows: number;
  rows_total: number;
}

/** A row of quality-checksums.parquet. */
export interface ChecksumRow {
  system: string;
  manifest: string;
  file: string;
  rows: number;
  expected_sha256: string;
  actual_sha256: string | null;
  bytes: number;
  status: string;
}

/** Every table of the Data quality page. */
export interface QualityTables {
  freshness: FreshnessRow[];
  volume: VolumeRow[];
  nulls: NullRow[];
  integrity: IntegrityRow[];
  quarantine: QuarantineRow[];
  checksums: ChecksumRow[];
}

import {signalEpisodes} from "../spc/signalEpisodes.js";

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/**
 * The slice of the quality tables one page state shows: a system's freshness, its volume at a grain (day or week)
 * with the anomalous windows, grouped into episodes of consecutive windows (the SPC library's signalEpisodes; `rules`
 * holds "high"/"low"), the gaps between decisions longer than the SLA, its weekly null rates restricted to
 * columns that have a null at all (`complete` counts the others), its integrity series and totals, its quarantine
 * rows and counts per check, and its checksum rows with the ones that are not ok. Selection and sums only.
 *
 * @throws {Error} `unknown system: <name>` when no table mentions the system
 * @example qualityView(tables, {system: "credit-line", grain: "day"}).anomalies.length; // => 30
 */
export function qualityView(tables: QualityTables, {system, grain}: {system: string; grain: "day" | "week"}) {
  const of = <T extends {system: string}>(rows: readonly T[]) => rows.filter((r) => r.system === system);
  const volume = of(tables.volume).filter((r) => r.grain === grain);
  if (volume.length === 0 && of(tables.freshness).length === 0) throw new Error(`unknown system: ${system}`);
  const weeklyNulls = of(tables.nulls).filter((r) => r.grain === "week");
  const withNulls = new Set(weeklyNulls.filter((r) => r.nulls > 0).map((r) => `${r.object}.${r.column}`));
  const columns = new Set(weeklyNulls.map((r) => `${r.object}.${r.column}`));
  const integrity = of(tables.integrity);
  const quarantine = of(tables.quarantine);
  const byCheck = new Map<string, number>();
  for (const r of quarantine) byCheck.set(r.check, (byCheck.get(r.check) ?? 0) + r.rows);
  const checksums = of(tables.checksums);
  return {
    freshness: of(tables.freshness)[0] ?? null,
    volume,
    anomalies: volume.filter((r) => r.anomaly !== null),
    episodes: signalEpisodes(
      volume.flatMap((r, index) =>
        r.anomaly === null
          ? []
          : [
              {
                bucket: r.window_start.toISOString().slice(0, 10),
                index,
                phase: r.baseline ? (1 as const) : (2 as const),
                chart: "individuals" as const,
                rule: r.anomaly
              }
            ]
      )
    ),
    gaps: volume.filter((r) => r.max_gap_hours !== null && r.sla_hours !== null && r.max_gap_hours > r.sla_hours),
    nulls: weeklyNulls.filter((r) => withNulls.has(`${r.object}.${r.column}`)),
    complete: columns.size - withNulls.size,
    integrity,
    totals: {
      decisions: sum(integrity, (r) => r.decisions),
      labelled: sum(integrity, (r) => r.labelled),
      pending: sum(integrity, (r) => r.pending),
      overdue: sum(integrity, (r) => r.overdue),
      outcomes: sum(integrity, (r) => r.outcomes),
      orphan_outcomes: sum(integrity, (r) => r.orphan_outcomes),
      outcomes_before_decision: sum(integrity, (r) => r.outcomes_before_decision)
    },
    overdueBefore: integrity.find((r) => r.overdue_before !== null)?.overdue_before ?? null,
    quarantine,
    quarantineByCheck: [...byCheck]
      .map(([check, rows]) => ({check, rows}))
      .sort((a, b) => b.rows - a.rows || (a.check < b.check ? -1 : 1)),
    quarantined: sum(quarantine, (r) => r.rows_total),
    checksums,
    checksumProblems: checksums.filter((r) => r.status !== "ok")
  };
}
