import {compensatedSums} from "../stats/compensatedSums.js";
import {principalAxes} from "./principalAxes.js";

/** Row-aligned feature columns of one window: numbers (NaN = missing) and categories (null = missing). */
export interface FeatureTable {
  numeric: {name: string; values: ArrayLike<number>}[];
  categorical: {name: string; values: readonly (string | null)[]}[];
}

/**
 * Row-aligned feature columns with each category as a code (what a loader hands over in typed arrays): numbers NaN
 * when missing, codes into `categories` and −1 when missing.
 */
export interface CodedFeatureTable {
  rows: number;
  numeric: {name: string; values: ArrayLike<number>}[];
  categorical: {name: string; codes: ArrayLike<number>; categories: readonly string[]}[];
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
 * (jacobiEigen). See reconstructionError for the per-window statistic. Cost O(n·d² + d³). The reference is a table,
 * or coded chunks whose rows, in order, are the reference's (e.g. one per week, in typed arrays): the same model.
 *
 * @throws {Error} `fitReconstruction requires at least 2 rows` or `... at least 2 columns`; `invalid varianceShare`
 *   unless 0 < share < 1; a numeric column with no value in the reference (`no reference value: <name>`)
 * @example fitReconstruction({numeric: [{name: "a", values: [1, 2, 3]}, {name: "b", values: [2, 4, 7]}], categorical: []}).components.length; // => 1
 */
export function fitReconstruction(
  reference: FeatureTable | readonly CodedFeatureTable[],
  {varianceShare = RECONSTRUCTION_VARIANCE}: {varianceShare?: number} = {}
): ReconstructionModel {
  if (!(varianceShare > 0 && varianceShare < 1)) throw new Error(`invalid varianceShare: ${varianceShare}`);
  const chunks = codedChunks(reference);
  if (chunks.length === 0) throw new Error("fitReconstruction requires at least 2 rows");
  const first = chunks[0];
  const rows = chunks.reduce((n, c) => n + c.rows, 0);
  const d = first.numeric.length + first.categorical.length;
  if (d < 2) throw new Error("fitReconstruction requires at least 2 columns");
  if (rows < 2) throw new Error("fitReconstruction requires at least 2 rows");
  const numericFill = first.numeric.map(({name}, j) => {
    const sum = compensatedSums(1);
    let n = 0;
    for (const chunk of chunks) {
      const values = chunk.numeric[j].values;
      for (let i = 0; i < chunk.rows; ++i)
        if (!Number.isNaN(values[i])) {
          sum.add(0, values[i]);
          n += 1;
        }
    }
    if (n === 0) throw new Error(`no reference value: ${name}`);
    return sum.value(0) / n;
  });
  const categories = first.categorical.map((_, j) => {
    const counts = new Map<string, number>();
    let missing = 0;
    for (const chunk of chunks) {
      const {codes, categories: names} = chunk.categorical[j];
      const byCode = new Array<number>(names.length).fill(0);
      for (let i = 0; i < chunk.rows; ++i)
        if (codes[i] < 0) missing += 1;
        else byCode[codes[i]] += 1;
      byCode.forEach((c, code) => c > 0 && counts.set(names[code], (counts.get(names[code]) ?? 0) + c));
    }
    const fill = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? "";
    counts.set(fill, (counts.get(fill) ?? 0) + missing);
    return {fill, shares: new Map([...counts].map(([k, c]) => [k, c / rows]))};
  });
  const partial = {columns: [...first.numeric, ...first.categorical].map((c) => c.name), numericFill, categories};
  // one pass over the rows per statistic, each row encoded again (imputed, categories as shares) in a reused buffer:
  // every sum takes the rows in the same order, so the result does not depend on how the rows are chunked; each is a
  // compensated sum (compensatedSums: within about an ulp of the exact sum at any row count), then divided once
  const means = compensatedSums(d);
  eachEncodedRow(partial, chunks, (x) => {
    for (let j = 0; j < d; ++j) means.add(j, x[j]);
  });
  const mean = Array.from({length: d}, (_, j) => means.value(j) / rows);
  const squares = compensatedSums(d);
  eachEncodedRow(partial, chunks, (x) => {
    for (let j = 0; j < d; ++j) squares.add(j, (x[j] - mean[j]) ** 2);
  });
  const scale = Array.from({length: d}, (_, j) => {
    const variance = squares.value(j) / rows;
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  const z = new Float64Array(d);
  const standardise = (x: Float64Array) => {
    for (let j = 0; j < d; ++j) z[j] = (x[j] - mean[j]) / scale[j];
  };
  const centers = compensatedSums(d);
  eachEncodedRow(partial, chunks, (x) => {
    standardise(x);
    for (let j = 0; j < d; ++j) centers.add(j, z[j]);
  });
  const center = Array.from({length: d}, (_, j) => centers.value(j) / rows);
  const products = compensatedSums(d * d);
  eachEncodedRow(partial, chunks, (x) => {
    standardise(x);
    for (let i = 0; i < d; ++i) {
      const ri = z[i] - center[i];
      for (let j = i; j < d; ++j) products.add(i * d + j, ri * (z[j] - center[j]));
    }
  });
  const cov = Array.from({length: d}, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; ++i)
    for (let j = i; j < d; ++j) cov[i][j] = cov[j][i] = products.value(i * d + j) / (rows - 1);
  return {...partial, mean, scale, center, ...principalAxes(cov, varianceShare)};
}

/**
 * A feature table with its categories as codes (first-appearance order), or the coded chunks as given, checked to
 * have the same columns.
 *
 * @throws {Error} `columns differ: ...` for chunks whose columns differ
 */
export function codedChunks(table: FeatureTable | readonly CodedFeatureTable[]): readonly CodedFeatureTable[] {
  const chunks = "numeric" in table ? [codeFeatureTable(table)] : table;
  const names = (c: CodedFeatureTable) => [...c.numeric, ...c.categorical].map((x) => x.name).join("\u0000");
  for (const c of chunks)
    if (names(c) !== names(chunks[0])) throw new Error(`columns differ: ${names(c).replaceAll("\u0000", ", ")}`);
  return chunks;
}

/** A feature table with each categorical column as codes into its categories (first-appearance order; −1 missing). */
export function codeFeatureTable(table: FeatureTable): CodedFeatureTable {
  const rows = table.numeric[0]?.values.length ?? table.categorical[0]?.values.length ?? 0;
  return {
    rows,
    numeric: table.numeric,
    categorical: table.categorical.map(({name, values}) => {
      const index = new Map<string, number>();
      const codes = Int32Array.from(values, (v) => {
        if (v === null) return -1;
        let code = index.get(v);
        if (code === undefined) index.set(v, (code = index.size));
        return code;
      });
      return {name, codes, categories: [...index.keys()]};
    })
  };
}

/**
 * Calls `f` with every row of `chunks`, in order, imputed and encoded as encodeRows does (one reused buffer: `f` must
 * not keep it).
 */
export function eachEncodedRow(
  model: Pick<ReconstructionModel, "numericFill" | "categories">,
  chunks: readonly CodedFeatureTable[],
  f: (x: Float64Array) => void
): void {
  const width = model.numericFill.length;
  const x = new Float64Array(width + model.categories.length);
  for (const chunk of chunks) {
    const numbers = chunk.numeric.map((c) => c.values);
    const codes = chunk.categorical.map((c) => c.codes);
    const shares = chunk.categorical.map(({categories: names}, c) => categoryShares(model, c, names));
    for (let i = 0; i < chunk.rows; ++i) {
      for (let j = 0; j < width; ++j) {
        const v = numbers[j][i];
        x[j] = Number.isNaN(v) ? model.numericFill[j] : v;
      }
      for (let c = 0; c < shares.length; ++c) x[width + c] = shares[c][codes[c][i] + 1];
      f(x);
    }
  }
}

/**
 * The encoded value of every code of categorical column `c` under `model`, shifted by one: index 0 is a missing
 * value (the fill's share), index code + 1 the share of `categories[code]` (0 for a category the reference never saw).
 */
export function categoryShares(
  model: Pick<ReconstructionModel, "categories">,
  c: number,
  categories: readonly string[]
): Float64Array {
  const {fill, shares} = model.categories[c];
  return Float64Array.from([fill, ...categories], (k) => shares.get(k) ?? 0);
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
