/** The tensor shape both onnxruntime-node and onnxruntime-web return from `run`. */
export interface TensorLike {
  readonly data: unknown;
  readonly dims: readonly number[];
}

/**
 * What replay needs from an onnxruntime InferenceSession (node or web) and its Tensor class: any object with
 * `run(feeds)` fits, e.g. a stub in tests.
 */
export interface ScoringRuntime {
  session: {run(feeds: Record<string, unknown>): Promise<Record<string, TensorLike>>};
  Tensor: new (type: "float32", data: Float32Array, dims: readonly number[]) => unknown;
}

/** Input and output tensor names and batching for runScores. */
export interface RunOptions {
  input?: string;
  output?: string;
  /** Rows per `run` call (default 65,536); smaller batches bound memory, not results. */
  batchSize?: number;
}

/**
 * Scores the rows of a row-major float32 feature matrix (n × k) with an ONNX model whose input is
 * float32 [N, k] and whose output holds one score per row ([N] or [N, 1]), in batches, and returns the n
 * scores as float32.
 *
 * @throws {Error} when features.length is not a multiple of k, or the output has the wrong length or type
 * @example
 * const scores = await runScores({session, Tensor: ort.Tensor}, features, 17);
 */
export async function runScores(
  {session, Tensor}: ScoringRuntime,
  features: Float32Array,
  k: number,
  {input = "features", output = "score", batchSize = 65536}: RunOptions = {}
): Promise<Float32Array> {
  if (!(k > 0) || features.length % k !== 0) throw new Error(`invalid feature length: ${features.length} for ${k}`);
  if (!(batchSize >= 1)) throw new Error(`invalid batchSize: ${batchSize}`);
  const n = features.length / k;
  const scores = new Float32Array(n);
  for (let start = 0; start < n; start += batchSize) {
    const rows = Math.min(batchSize, n - start);
    const feeds = {[input]: new Tensor("float32", features.subarray(start * k, (start + rows) * k), [rows, k])};
    const result = (await session.run(feeds))[output];
    if (!result) throw new Error(`missing output: ${output}`);
    const data = result.data;
    if (!(data instanceof Float32Array) || data.length !== rows)
      throw new Error(`invalid output: ${output} has ${(data as ArrayLike<number>)?.length} values for ${rows} rows`);
    scores.set(data, start);
  }
  return scores;
}
