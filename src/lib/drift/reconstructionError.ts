import {compensatedSums} from "../stats/compensatedSums.js";
import {
  codedChunks,
  eachEncodedRow,
  type CodedFeatureTable,
  type FeatureTable,
  type ReconstructionModel
} from "./fitReconstruction.js";

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
 * drift in the joint distribution (even with unchanged marginals) raises the error. Cost O(n·d·k). The window is a
 * table or coded chunks (fitReconstruction), whose rows are taken in order.
 *
 * @throws {Error} when the window has no row or its columns differ from the model's
 * @example reconstructionError(fitReconstruction(reference), current).mean; // => 1.23
 */
export function reconstructionError(
  model: ReconstructionModel,
  table: FeatureTable | readonly CodedFeatureTable[]
): WindowError {
  const chunks = codedChunks(table);
  const names = chunks.length ? [...chunks[0].numeric, ...chunks[0].categorical].map((c) => c.name) : [];
  if (chunks.length && names.join("\u0000") !== model.columns.join("\u0000"))
    throw new Error(`columns differ from the model's: ${names.join(", ")}`);
  const errors = rowErrors(model, chunks);
  if (errors.length === 0) throw new Error("reconstructionError requires at least 1 row");
  return windowError([errors]);
}

/**
 * The reconstruction error of every row of coded chunks with the model's columns, in order (see
 * reconstructionError): a caller that needs the errors of some rows both alone and as part of a larger window (a
 * reference week, and the whole reference) computes them once. Cost O(n·d·k).
 */
export function rowErrors(model: ReconstructionModel, chunks: readonly CodedFeatureTable[]): Float64Array {
  const n = chunks.reduce((s, c) => s + c.rows, 0);
  const d = model.columns.length;
  // one row at a time in reused buffers: the same operations, in the same order, as encodeRows then z and residual
  const z = new Float64Array(d);
  const residual = new Float64Array(d);
  const errors = new Float64Array(n);
  let i = 0;
  eachEncodedRow(model, chunks, (x) => {
    for (let j = 0; j < d; ++j) z[j] = (x[j] - model.mean[j]) / model.scale[j] - model.center[j];
    // residual = z − Σₖ (vₖ·z) vₖ (the centre cancels in z − ẑ)
    residual.set(z);
    for (const v of model.components) {
      let c = 0;
      for (let j = 0; j < d; ++j) c += v[j] * z[j];
      for (let j = 0; j < d; ++j) residual[j] -= c * v[j];
    }
    let sq = 0;
    for (let j = 0; j < d; ++j) sq += residual[j] * residual[j];
    errors[i++] = Math.sqrt(sq);
  });
  return errors;
}

/**
 * A window's error from its rows' errors (rowErrors), given as consecutive runs (e.g. one per week) taken in order as
 * one sequence: the mean (the errors added in order as a compensated sum, compensatedSums, then divided by the count),
 * the sample standard deviation (ddof 1, its squares summed the same way; 0 for one row) and the count. The same bits
 * as reconstructionError of the rows as one window.
 */
export function windowError(runs: readonly ArrayLike<number>[]): WindowError {
  const n = runs.reduce((s, e) => s + e.length, 0);
  const sums = compensatedSums(2);
  for (const errors of runs) for (let i = 0; i < errors.length; ++i) sums.add(0, errors[i]);
  const mean = sums.value(0) / n;
  for (const errors of runs) for (let i = 0; i < errors.length; ++i) sums.add(1, (errors[i] - mean) ** 2);
  return {mean, std: n > 1 ? Math.sqrt(sums.value(1) / (n - 1)) : 0, rows: n};
}
