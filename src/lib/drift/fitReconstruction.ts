import {jacobiEigen} from "./jacobiEigen.js";

/** Row-aligned feature columns of one window: numbers (NaN = missing) and categories (null = missing). */
export interface FeatureTable {
  numeric: {name: string; values: ArrayLike<number>}[];
  categorical: {name: string; values: readonly (string | null)[]}[];
}

/** A PCA reconstruction model fitted on a reference window (see fitReconstruction). */
export interface ReconstructionModel {
  /** Column order of the encoded matrix: the numeric features, then the categorical ones. */
  columns: string[];
  /** Imputed value per numeric column: its reference mean. */
  numericFill: number[];
  /** Per categorical column: its reference mode (imputed value) and each category's reference share (its code). */
  categories: {fill: string; shares: Map<string, number>}[];
  /** Standardisation: reference mean and population standard deviation (ddof 0; 1 for a constant column). */
  mean: number[];
  scale: number[];
  /** Mean of the standardised reference (≈ 0), PCA's centre. */
  center: number[];
  /** Principal axes kept, as unit rows (k × columns). */
  components: number[][];
  /** Share of the standardised reference's variance along every axis, descending (all axes, not only the kept). */
  explained: number[];
  /** The kept axes' share of variance. */
  kept: number;
}

/** NannyML's default share of variance the kept components must exceed. */
export const RECONSTRUCTION_VARIANCE = 0.65;

/**
 * Fits NannyML's data reconstruction drift model (DataReconstructionDriftCalculator) on a reference window:
 * missing numbers are imputed with the column's reference mean, missing categories with its most frequent category
 * (ties: the smallest in code-unit order, as sklearn's SimpleImputer); each category is encoded as its share of the
 * reference rows (category_encoders' CountEncoder with normalize=True; a category the reference never saw gets 0);
 * columns are standardised (mean, population standard deviation as sklearn's StandardScaler, 1 for a constant
 * column); PCA keeps the fewest leading axes whose cumulative explained-variance share exceeds `varianceShare`
 * (default 0.65, sklearn's PCA(n_components=0.65) rule) from the eigendecomposition of the standardised covariance
 * (jacobiEigen). See reconstructionError for the per-window statistic. Cost O(n·d² + d³).
 *
 * @throws {Error} `fitReconstruction requires at least 2 rows` or `... at least 2 columns`; `invalid varianceShare`
 *   unless 0 < share < 1; a numeric column with no value in the reference (`no reference value: <name>`)
 * @example fitReconstruction({numeric: [{name: "a", values: [1, 2, 3]}, {name: "b", values: [2, 4, 7]}], categorical: []}).components.length; // => 1
 */
export function fitReconstruction(
  reference: FeatureTable,
  {varianceShare = RECONSTRUCTION_VARIANCE}: {varianceShare?: number} = {}
): ReconstructionModel {
  if (!(varianceShare > 0 && varianceShare < 1)) throw new Error(`invalid varianceShare: ${varianceShare}`);
  const rows = reference.numeric[0]?.values.length ?? reference.categorical[0]?.values.length ?? 0;
  const d = reference.numeric.length + reference.categorical.length;
  if (d < 2) throw new Error("fitReconstruction requires at least 2 columns");
  if (rows < 2) throw new Error("fitReconstruction requires at least 2 rows");
  const numericFill = reference.numeric.map(({name, values}) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < values.length; ++i)
      if (!Number.isNaN(values[i])) {
        sum += values[i];
        n += 1;
      }
    if (n === 0) throw new Error(`no reference value: ${name}`);
    return sum / n;
  });
  const categories = reference.categorical.map(({values}) => {
    const counts = new Map<string, number>();
    let missing = 0;
    for (const v of values)
      if (v === null) missing += 1;
      else counts.set(v, (counts.get(v) ?? 0) + 1);
    const fill = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? "";
    counts.set(fill, (counts.get(fill) ?? 0) + missing);
    return {fill, shares: new Map([...counts].map(([k, c]) => [k, c / values.length]))};
  });
  const partial = {
    columns: [...reference.numeric, ...reference.categorical].map((c) => c.name),
    numericFill,
    categories
  };
  const x = encodeRows(partial, reference);
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => (mean[j] += v / rows));
  for (const row of x) row.forEach((v, j) => (scale[j] += (v - mean[j]) ** 2 / rows));
  for (let j = 0; j < d; ++j) scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
  const z = x.map((row) => row.map((v, j) => (v - mean[j]) / scale[j]));
  const center = new Array<number>(d).fill(0);
  for (const row of z) row.forEach((v, j) => (center[j] += v / rows));
  const cov = Array.from({length: d}, () => new Array<number>(d).fill(0));
  for (const row of z)
    for (let i = 0; i < d; ++i) {
      const ri = row[i] - center[i];
      for (let j = i; j < d; ++j) cov[i][j] += (ri * (row[j] - center[j])) / (rows - 1);
    }
  for (let i = 0; i < d; ++i) for (let j = 0; j < i; ++j) cov[i][j] = cov[j][i];
  const {values, vectors} = jacobiEigen(cov);
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const explained = values.map((v) => Math.max(v, 0) / total);
  let k = 0;
  let kept = 0;
  while (k < d && kept <= varianceShare) kept += explained[k++];
  return {...partial, mean, scale, center, components: vectors.slice(0, k), explained, kept};
}

/** The imputed, encoded rows of a table in the model's column order (before standardisation). */
export function encodeRows(
  model: Pick<ReconstructionModel, "numericFill" | "categories" | "columns">,
  table: FeatureTable
): number[][] {
  const names = [...table.numeric, ...table.categorical].map((c) => c.name);
  if (names.join("\u0000") !== model.columns.join("\u0000"))
    throw new Error(`columns differ from the model's: ${names.join(", ")}`);
  const rows = table.numeric[0]?.values.length ?? table.categorical[0]?.values.length ?? 0;
  const out: number[][] = [];
  for (let i = 0; i < rows; ++i) {
    const row: number[] = [];
    table.numeric.forEach(({values}, j) => row.push(Number.isNaN(values[i]) ? model.numericFill[j] : values[i]));
    table.categorical.forEach(({values}, j) => {
      const {fill, shares} = model.categories[j];
      row.push(shares.get(values[i] ?? fill) ?? 0);
    });
    out.push(row);
  }
  return out;
}
