import {featureNames, featureSpec, type SystemName} from "./featureSpec.js";

const layouts = new Map<
  SystemName,
  {numeric: readonly string[]; categorical: {name: string; index: Map<string, number>}[]; size: number}
>();

function layout(system: SystemName) {
  let l = layouts.get(system);
  if (!l) {
    const spec = featureSpec(system);
    let offset = spec.numeric.length;
    const categorical = spec.categorical.map((c) => {
      // the first level is the reference: it maps to -1 (no indicator set)
      const index = new Map(c.levels.map((level, i) => [level, i === 0 ? -1 : offset + i - 1]));
      offset += c.levels.length - 1;
      return {name: c.name, index};
    });
    l = {numeric: spec.numeric, categorical, size: featureNames(system).length};
    layouts.set(system, l);
  }
  return l;
}

/**
 * The model input vector of one decision row, the one encoding shared by the generator's scorers, model
 * training and replay: the numeric features in contract order as float32, then treatment-coded (dummy)
 * indicators for the categorical features — one 0/1 column per level except the first, which is the reference
 * level (R's contr.treatment; avoids the collinearity of a full one-hot with an intercept). Column names are
 * featureNames(system); credit-line has 30 columns, fraud-screen 38.
 *
 * `row` is keyed by contract column name; numeric values may be numbers or numeric strings (as parsed from
 * CSV). Pass `out` (length featureNames(system).length) to reuse a buffer. IO-free.
 *
 * @throws {Error} for a missing or non-numeric numeric feature (`invalid income: n/a`) or an unknown level
 *   (`invalid region: atlantis`)
 * @example
 * encodeFeatures("credit-line", row); // => Float32Array(30) [38000, 0.31, ..., 0, 1, 0, 0, ...]
 */
export function encodeFeatures(
  system: SystemName,
  row: Readonly<Record<string, unknown>>,
  out?: Float32Array
): Float32Array {
  const {numeric, categorical, size} = layout(system);
  const x = out ?? new Float32Array(size);
  if (x.length !== size) throw new Error(`invalid out length: ${x.length}`);
  x.fill(0);
  for (let i = 0; i < numeric.length; ++i) {
    const v = row[numeric[i]];
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new Error(`invalid ${numeric[i]}: ${v}`);
    x[i] = n;
  }
  for (const {name, index} of categorical) {
    const j = index.get(row[name] as string);
    if (j === undefined) throw new Error(`invalid ${name}: ${row[name]}`);
    if (j >= 0) x[j] = 1;
  }
  return x;
}
