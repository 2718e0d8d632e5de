import type {DriftTest} from "./driftTests.js";

/** A feature's drift in one window, as the drift loaders write it (see loaders/drift/driftSeries.ts). */
export interface DriftCellRow {
  system: string;
  window_start: string;
  name: string;
  type: "numeric" | "categorical";
  role: "feature" | "prediction";
  test: string;
  drifted: boolean;
  value: number;
  threshold: number;
  reason: string;
  psi: number;
  js_distance: number;
  ks: {statistic: number; pvalue: number; method: string} | null;
  wasserstein: number | null;
  wasserstein_normed: number | null;
  chi2: {statistic: number; dof: number; pvalue: number} | null;
  reference_values: number;
  current_values: number;
}

/** One bin of a feature's reference and current distributions in a window. */
export interface DriftBinRow {
  system: string;
  window_start: string;
  feature: string;
  bin: number;
  label: string;
  reference_share: number;
  current_share: number;
}

/** Dataset-level drift of one window. */
export interface DriftWindowRow {
  system: string;
  window_start: string;
  rows: number;
  share: number;
  drifted: boolean;
  count: number;
  total: number;
  prediction_drifted: boolean | null;
}

/** Multivariate drift of one window: PCA reconstruction error against the reference's band (multivariateSeries). */
export interface MultivariateRow {
  system: string;
  window_start: string;
  rows: number;
  error: number;
  /** Whether the week is one of the reference chunks (its band then leaves it out). */
  reference: boolean;
  /** The reference chunks' mean error and band mean ± 3·√(s² + se²) (reconstructionBand); null with < 2 chunks. */
  mean: number | null;
  lower: number | null;
  upper: number | null;
  drifted: boolean;
  /** Principal components kept and the share of the reference's variance they explain. */
  components: number;
  explained: number;
}

/** Label drift of one decision week: the outcome rate among labelled decisions against the reference's (labelSeries). */
export interface LabelRow {
  system: string;
  window_start: string;
  label: string;
  decisions: number;
  labelled: number;
  positive: number;
  reference_rate: number;
  current_rate: number;
  difference: number;
  chi2: number;
  pvalue: number;
  drifted: boolean;
  alpha: number;
}

/** A system's default drift reference window and its score column (the drift-reference table). */
export interface DriftReferenceRow {
  system: string;
  reference: {from: string; to: string};
  score: string | null;
}

/** Everything the Drift page reads. */
export interface DriftPayload {
  share: number;
  tests: DriftTest[];
  systems: DriftReferenceRow[];
  cells: DriftCellRow[];
  bins: DriftBinRow[];
  windows: DriftWindowRow[];
  /** Weekly multivariate drift (PCA reconstruction error) per system. */
  multivariate: MultivariateRow[];
  /** Weekly label drift per system that has outcome labels. */
  labels: LabelRow[];
}

/**
 * The slice of the drift payload one page state shows: the system's weekly verdicts and cells, the week (default:
 * the week with the largest drifted share, the latest on ties) and feature (default: that week's drifted feature
 * with the largest PSI, else the largest PSI), that cell, its overlay bins, and the feature's and the score's
 * series over weeks, and the system's multivariate and label drift series. Pure selection: no statistics are
 * computed here.
 *
 * @throws {Error} if the system is not in the payload
 * @example driftView(payload, {system: "credit-line"}).week; // => "2026-05-04"
 */
export function driftView(
  payload: DriftPayload,
  {system, week, feature}: {system: string; week?: string; feature?: string}
) {
  const meta = payload.systems.find((s) => s.system === system);
  if (!meta) throw new Error(`unknown system: ${system}`);
  const windows = payload.windows.filter((w) => w.system === system);
  const cells = payload.cells.filter((c) => c.system === system);
  const weeks = windows.map((w) => w.window_start);
  const worst = windows.reduce<DriftWindowRow | undefined>((a, w) => (!a || w.share >= a.share ? w : a), undefined);
  const selectedWeek = week && weeks.includes(week) ? week : (worst?.window_start ?? weeks[0]);
  const inWeek = cells.filter((c) => c.window_start === selectedWeek);
  const features = [...new Set(cells.map((c) => c.name))];
  const ranked = [...inWeek].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi);
  const selectedFeature = feature && features.includes(feature) ? feature : (ranked[0]?.name ?? features[0]);
  const cell = inWeek.find((c) => c.name === selectedFeature) ?? null;
  return {
    meta,
    windows,
    cells,
    weeks,
    features,
    week: selectedWeek,
    feature: selectedFeature,
    cell,
    bins: payload.bins.filter(
      (b) => b.system === system && b.window_start === selectedWeek && b.feature === selectedFeature
    ),
    featureSeries: cells.filter((c) => c.name === selectedFeature),
    scoreSeries: meta.score ? cells.filter((c) => c.name === meta.score) : [],
    scoreBins: meta.score
      ? payload.bins.filter((b) => b.system === system && b.window_start === selectedWeek && b.feature === meta.score)
      : [],
    drifted: inWeek.filter((c) => c.drifted && c.role === "feature").map((c) => c.name),
    multivariate: payload.multivariate.filter((m) => m.system === system),
    labels: payload.labels.filter((l) => l.system === system)
  };
}
