import type {Tree, TreeEnsemble} from "../../src/lib/replay/treeEnsembleScore.js";

/** Options of trainGbdt (names as in scikit-learn's HistGradientBoostingClassifier). */
export interface GbdtOptions {
  trees?: number;
  maxDepth?: number;
  learningRate?: number;
  /** L2 penalty λ on leaf values. */
  l2?: number;
  minSamplesLeaf?: number;
  /** At most this many bins per feature (quantile cut points of the training values). */
  maxBins?: number;
}

/**
 * Trains a gradient-boosted tree ensemble for a binary label with the log loss, the histogram way (as
 * LightGBM and scikit-learn's HistGradientBoostingClassifier): each feature is cut at up to maxBins − 1
 * quantiles of its training values (float32 values taken from the data, so `x <= cut` splits exactly as in
 * training), the base score is the log-odds of the label mean, and each round fits a depth-limited tree to
 * the gradients g = p − y and hessians h = p(1 − p): a split maximises
 * G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) subject to minSamplesLeaf, and a leaf's value is
 * −learningRate · G/(H+λ). Deterministic: no sampling, ties go to the lower feature and cut.
 * O(trees · depth · n · k).
 *
 * @param features row-major float32 matrix, n rows × k columns
 * @param labels n labels, 0 or 1
 * @throws {Error} on a length mismatch, a label other than 0/1, or labels that are all equal
 * @example
 * const model = trainGbdt(features, labels, 17, {trees: 50, maxDepth: 3}); // then treeEnsembleScore(model, x)
 */
export function trainGbdt(
  features: Float32Array,
  labels: ArrayLike<number>,
  k: number,
  {trees = 50, maxDepth = 3, learningRate = 0.1, l2 = 1, minSamplesLeaf = 20, maxBins = 64}: GbdtOptions = {}
): TreeEnsemble {
  const n = labels.length;
  if (!(k > 0) || features.length !== n * k)
    throw new Error(`invalid feature length: ${features.length} for ${n}×${k}`);
  let positives = 0;
  for (let i = 0; i < n; ++i) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`invalid label: ${labels[i]}`);
    positives += labels[i];
  }
  if (positives === 0 || positives === n) throw new Error(`labels all equal: ${positives} of ${n}`);
  const {cuts, binned} = binFeatures(features, n, k, maxBins);
  const base = Math.fround(Math.log(positives / (n - positives)));
  const margin = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const ensemble: TreeEnsemble = {nFeatures: k, base, trees: []};
  for (let t = 0; t < trees; ++t) {
    for (let i = 0; i < n; ++i) {
      const p = 1 / (1 + Math.exp(-margin[i]));
      g[i] = p - labels[i];
      h[i] = p * (1 - p);
    }
    const tree = growTree({binned, cuts, g, h, n, k, maxDepth, learningRate, l2, minSamplesLeaf});
    for (let i = 0; i < n; ++i) {
      let node = 0;
      while (tree.feature[node] >= 0)
        node = features[i * k + tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
      margin[i] += tree.value[node];
    }
    ensemble.trees.push(tree);
  }
  return ensemble;
}

/** Per feature, sorted float32 cut points; per row and feature, the bin b with cuts[b-1] < x <= cuts[b]. */
function binFeatures(features: Float32Array, n: number, k: number, maxBins: number) {
  const cuts: Float32Array[] = [];
  const binned = new Uint8Array(n * k);
  const column = new Float32Array(n);
  for (let j = 0; j < k; ++j) {
    for (let i = 0; i < n; ++i) column[i] = features[i * k + j];
    const sorted = Float32Array.from(column).sort();
    const c: number[] = [];
    for (let b = 1; b < Math.min(maxBins, 256); ++b) {
      const v = sorted[Math.min(n - 1, Math.floor((b * n) / maxBins))];
      if (v < sorted[n - 1] && (c.length === 0 || v > c[c.length - 1])) c.push(v);
    }
    cuts.push(Float32Array.from(c));
    for (let i = 0; i < n; ++i) {
      let lo = 0;
      let hi = c.length; // first cut >= x, i.e. the bin
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (c[mid] < column[i]) lo = mid + 1;
        else hi = mid;
      }
      binned[i * k + j] = lo;
    }
  }
  return {cuts, binned};
}

interface GrowContext {
  binned: Uint8Array;
  cuts: Float32Array[];
  g: Float64Array;
  h: Float64Array;
  n: number;
  k: number;
  maxDepth: number;
  learningRate: number;
  l2: number;
  minSamplesLeaf: number;
}

function growTree(c: GrowContext): Tree {
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const grow = (rows: Uint32Array, depth: number): number => {
    const id = feature.length;
    feature.push(-1);
    threshold.push(0);
    left.push(-1);
    right.push(-1);
    value.push(0);
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += c.g[i];
      H += c.h[i];
    }
    const split = depth < c.maxDepth ? bestSplit(c, rows, G, H) : undefined;
    if (!split) {
      value[id] = Math.fround((-c.learningRate * G) / (H + c.l2));
      return id;
    }
    const goLeft = rows.filter((i) => c.binned[i * c.k + split.feature] <= split.bin);
    const goRight = rows.filter((i) => c.binned[i * c.k + split.feature] > split.bin);
    feature[id] = split.feature;
    threshold[id] = c.cuts[split.feature][split.bin];
    left[id] = grow(goLeft, depth + 1);
    right[id] = grow(goRight, depth + 1);
    return id;
  };
  grow(
    Uint32Array.from({length: c.n}, (_, i) => i),
    0
  );
  return {
    feature: Int32Array.from(feature),
    threshold: Float32Array.from(threshold),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    value: Float32Array.from(value)
  };
}

function bestSplit(c: GrowContext, rows: Uint32Array, G: number, H: number) {
  const parent = (G * G) / (H + c.l2);
  let best: {feature: number; bin: number; gain: number} | undefined;
  for (let j = 0; j < c.k; ++j) {
    const bins = c.cuts[j].length + 1;
    if (bins < 2) continue;
    const hg = new Float64Array(bins);
    const hh = new Float64Array(bins);
    const hc = new Uint32Array(bins);
    for (const i of rows) {
      const b = c.binned[i * c.k + j];
      hg[b] += c.g[i];
      hh[b] += c.h[i];
      hc[b]++;
    }
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < bins - 1; ++b) {
      gl += hg[b];
      hl += hh[b];
      cl += hc[b];
      if (cl < c.minSamplesLeaf) continue;
      if (rows.length - cl < c.minSamplesLeaf) break;
      const gain = (gl * gl) / (hl + c.l2) + ((G - gl) * (G - gl)) / (H - hl + c.l2) - parent;
      if (gain > 1e-12 && (!best || gain > best.gain)) best = {feature: j, bin: b, gain};
    }
  }
  return best;
}
