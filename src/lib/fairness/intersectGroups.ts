import type {Factor} from "./encodeFactor.js";

/**
 * Intersectional groups of several factors (e.g. sex × age band): the combined code of row i is the mixed-radix
 * number of its factor codes, compacted to the combinations that occur. Levels are the factors' levels joined by
 * `separator`, ordered by the first factor's level order, then the second's, and so on. A row missing any factor
 * (code −1) gets −1. O(n · factors).
 * @throws {Error} if no factor is given, factors differ in length, or the number of combinations exceeds 2^31
 * @example
 * intersectGroups([encodeFactor(["f", "m", "f"]), encodeFactor(["18-24", "65+", "65+"])]).levels;
 * // => ["f × 18-24", "f × 65+", "m × 65+"]
 */
export function intersectGroups(factors: readonly Factor[], separator = " × "): Factor {
  if (!factors.length) throw new Error("intersectGroups requires at least one factor");
  const n = factors[0].codes.length;
  let combos = 1;
  for (const f of factors) {
    if (f.codes.length !== n) throw new Error(`factor lengths differ: ${n} and ${f.codes.length}`);
    combos *= Math.max(1, f.levels.length);
  }
  if (combos > 2 ** 31) throw new Error(`too many combinations: ${combos}`);
  const combined = new Int32Array(n);
  const used = new Uint8Array(combos);
  for (let i = 0; i < n; ++i) {
    let code = 0;
    for (const f of factors) {
      const c = f.codes[i];
      if (c < 0) {
        code = -1;
        break;
      }
      code = code * f.levels.length + c;
    }
    combined[i] = code;
    if (code >= 0) used[code] = 1;
  }
  const compact = new Int32Array(combos).fill(-1);
  const levels: string[] = [];
  for (let code = 0; code < combos; ++code) {
    if (!used[code]) continue;
    compact[code] = levels.length;
    const parts: string[] = [];
    let rest = code;
    for (let k = factors.length - 1; k >= 0; --k) {
      const size = factors[k].levels.length;
      parts[k] = factors[k].levels[rest % size];
      rest = Math.floor(rest / size);
    }
    levels.push(parts.join(separator));
  }
  for (let i = 0; i < n; ++i) if (combined[i] >= 0) combined[i] = compact[combined[i]];
  return {codes: combined, levels};
}
