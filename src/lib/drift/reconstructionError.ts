import type {FeatureTable, ReconstructionModel} from "./fitReconstruction.js";

/** A window's reconstruction error: the mean over its rows, their standard deviation (ddof 1) and count. */
export interface WindowError {
  mean: number;
  /** Sample standard deviation of the row errors (0 for one row); NannyML's sampling-error component. */
  std: number;
  rows: number;
}

/**
 * NannyML's data reconstruction error of a window: every row is imputed, encoded and standardised as the reference
 * was (see fitReconstruction), projected on the kept principal axes and mapped back; the row's error is the Euclidean
 * distance between its standardised values and their reconstruction, and the window's error is the mean over its
 * rows (`mean`; `std` is their sample standard deviation, from which NannyML derives a chunk's sampling error
 * std / √rows). A window that keeps the reference's correlation structure reconstructs about as well as the reference;
 * drift in the joint distribution (even with unchanged marginals) raises the error. Cost O(n·d·k).
 *
 * @throws {Error} when the window has no row or its columns differ from the model's
 * @example reconstructionError(fitReconstruction(reference), current).mean; // => 1.23
 */
export function reconstructionError(model: ReconstructionModel, table: FeatureTable): WindowError {
  const names = [...table.numeric, ...table.categorical].map((c) => c.name);
  if (names.join("\u0000") !== model.columns.join("\u0000"))
    throw new Error(`columns differ from the model's: ${names.join(", ")}`);
  const n = table.numeric[0]?.values.length ?? table.categorical[0]?.values.length ?? 0;
  if (n === 0) throw new Error("reconstructionError requires at least 1 row");
  const d = model.columns.length;
  const width = table.numeric.length;
  // one row at a time in reused buffers: the same operations, in the same order, as encodeRows then z and residual
  const z = new Float64Array(d);
  const residual = new Float64Array(d);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < width; ++j) {
      const v = table.numeric[j].values[i];
      z[j] = ((Number.isNaN(v) ? model.numericFill[j] : v) - model.mean[j]) / model.scale[j] - model.center[j];
    }
    for (let c = 0; c < table.categorical.length; ++c) {
      const {fill, shares} = model.categories[c];
      const j = width + c;
      z[j] =
        ((shares.get(table.categorical[c].values[i] ?? fill) ?? 0) - model.mean[j]) / model.scale[j] - model.center[j];
    }
    // residual = z − Σₖ (vₖ·z) vₖ (the centre cancels in z − ẑ)
    residual.set(z);
    for (const v of model.components) {
      let c = 0;
      for (let j = 0; j < d; ++j) c += v[j] * z[j];
      for (let j = 0; j < d; ++j) residual[j] -= c * v[j];
    }
    let sq = 0;
    for (let j = 0; j < d; ++j) sq += residual[j] * residual[j];
    errors[i] = Math.sqrt(sq);
  }
  let mean = 0;
  for (const e of errors) mean += e / errors.length;
  let ss = 0;
  for (const e of errors) ss += (e - mean) ** 2;
  return {mean, std: errors.length > 1 ? Math.sqrt(ss / (errors.length - 1)) : 0, rows: errors.length};
}
