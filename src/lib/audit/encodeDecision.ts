/**
 * The model input vector of one logged decision from a registered model's feature names (models/registry.json
 * `features`): a plain name is that column's numeric value; a name `column=level` is the treatment-coded dummy,
 * 1 when the column holds that level, else 0 (the reference level has no column). This is the encoding the
 * generator, training and replay share (loaders/models/encodeFeatures.ts), driven by the registry instead of
 * the generator's feature spec, so the Decision audit page can replay any logged row. Float32, as the models take.
 *
 * @throws {Error} `invalid <column>: <value>` for a missing or non-numeric numeric feature
 * @example encodeDecision({income: 38000, region: "south"}, ["income", "region=south", "region=north"])
 * // => Float32Array [38000, 1, 0]
 */
export function encodeDecision(row: Readonly<Record<string, unknown>>, features: readonly string[]): Float32Array {
  const x = new Float32Array(features.length);
  features.forEach((feature, i) => {
    const eq = feature.indexOf("=");
    if (eq >= 0) {
      x[i] = String(row[feature.slice(0, eq)]) === feature.slice(eq + 1) ? 1 : 0;
      return;
    }
    const v = row[feature];
    const n =
      typeof v === "number"
        ? v
        : typeof v === "bigint"
          ? Number(v)
          : typeof v === "string" && v.trim() !== ""
            ? Number(v)
            : NaN;
    if (!Number.isFinite(n)) throw new Error(`invalid ${feature}: ${String(v)}`);
    x[i] = n;
  });
  return x;
}
