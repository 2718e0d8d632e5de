import {principalAxes} from "./principalAxes.js";
import {RECONSTRUCTION_VARIANCE, type ReconstructionModel} from "./fitReconstruction.js";

/** What an engine counts over the reference's rows before anything is encoded (see fitReconstructionFromSums). */
export interface ReferenceCounts {
  /** The reference's rows. */
  rows: number;
  /** Per numeric column (in order): its name, the sum of its finite values and their count. */
  numeric: {name: string; sum: number; count: number}[];
  /** Per categorical column (in order): its name and the rows per category (`null`: missing). */
  categorical: {name: string; counts: Map<string | null, number>}[];
}

/** The model before its standardisation: the columns, imputation, category encoding and every column's mean. */
export type ReconstructionEncoding = Pick<ReconstructionModel, "columns" | "numericFill" | "categories" | "mean">;

/**
 * The sums the fit needs beyond the counts, each over the reference's rows encoded as `encoding` says (imputed,
 * categories as their shares): `deviations` the per-column sums of (x − mean)², `products` the per-column sums of
 * the standardised values z = (x − mean) / scale and of their pairwise products zᵢ·zⱼ (i ≤ j, row-major).
 */
export interface ReferenceSums {
  deviations(encoding: ReconstructionEncoding): Promise<number[]>;
  products(model: ReconstructionEncoding & Pick<ReconstructionModel, "scale">): Promise<{z: number[]; zz: number[]}>;
}

/**
 * fitReconstruction's model from sums an engine computes where the rows are, mergeable per shard: the counts
 * (missing numbers imputed with the mean of the finite ones, categories with the most frequent one, ties to the
 * smallest in code-unit order, each category encoded as its share of the rows), then Σ(x − mean)² (the population
 * standard deviation, 1 for a constant column), then Σz and Σzᵢzⱼ: the centre c = Σz / n and the covariance
 * (Σzᵢzⱼ − n·cᵢcⱼ) / (n − 1), whose eigendecomposition gives the axes (principalAxes), the fewest leading ones whose
 * share of the variance exceeds `varianceShare` kept. The same model as fitReconstruction's up to rounding: there each
 * sum adds its terms in row order; here the engine adds them in any order, so each sum must be exact (see
 * multivariateSeries: every term rounded to 1e-18, then added exactly as a DECIMAL). Cost O(d³) beyond the sums.
 *
 * @throws {Error} `fitReconstruction requires at least 2 rows` or `... at least 2 columns`; `invalid varianceShare`
 *   unless 0 < share < 1; a numeric column with no finite value (`no reference value: <name>`)
 * @example (await fitReconstructionFromSums(counts, sums)).components.length; // => 2
 */
export async function fitReconstructionFromSums(
  counts: ReferenceCounts,
  sums: ReferenceSums,
  {varianceShare = RECONSTRUCTION_VARIANCE}: {varianceShare?: number} = {}
): Promise<ReconstructionModel> {
  if (!(varianceShare > 0 && varianceShare < 1)) throw new Error(`invalid varianceShare: ${varianceShare}`);
  const {rows} = counts;
  const d = counts.numeric.length + counts.categorical.length;
  if (d < 2) throw new Error("fitReconstruction requires at least 2 columns");
  if (rows < 2) throw new Error("fitReconstruction requires at least 2 rows");
  const numericFill = counts.numeric.map(({name, sum, count}) => {
    if (count === 0) throw new Error(`no reference value: ${name}`);
    return sum / count;
  });
  const categories = counts.categorical.map(({counts: byCategory}) => {
    const seen = [...byCategory].filter((e): e is [string, number] => e[0] !== null && e[1] > 0);
    const fill = seen.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? "";
    const tally = new Map(seen);
    tally.set(fill, (tally.get(fill) ?? 0) + (byCategory.get(null) ?? 0));
    return {fill, tally, shares: new Map([...tally].map(([k, c]) => [k, c / rows]))};
  });
  // each column's mean from the counts: Σx = Σ finite values + missing · fill, or Σ rows · share over the categories
  const mean = [
    ...counts.numeric.map(({sum, count}, j) => (sum + (rows - count) * numericFill[j]) / rows),
    ...categories.map(({tally, shares}) => {
      let sum = 0;
      for (const [k, c] of [...tally].sort((x, y) => (x[0] < y[0] ? -1 : 1))) sum += c * shares.get(k)!;
      return sum / rows;
    })
  ];
  const encoding = {
    columns: [...counts.numeric, ...counts.categorical].map((c) => c.name),
    numericFill,
    categories: categories.map(({fill, shares}) => ({fill, shares})),
    mean
  };
  const scale = (await sums.deviations(encoding)).map((ss) => (ss > 0 ? Math.sqrt(ss / rows) : 1));
  const {z, zz} = await sums.products({...encoding, scale});
  const center = z.map((s) => s / rows);
  const cov = Array.from({length: d}, () => new Array<number>(d).fill(0));
  for (let i = 0, p = 0; i < d; ++i)
    for (let j = i; j < d; ++j, ++p) cov[i][j] = cov[j][i] = (zz[p] - rows * center[i] * center[j]) / (rows - 1);
  return {...encoding, scale, center, ...principalAxes(cov, varianceShare)};
}
