/**
 * A y domain that keeps a chart's reference levels readable when a few extreme values would squash them: it spans
 * `keep` (e.g. control limits and the centre line) and the values up to their `quantile` (default 0.95, type 7),
 * with 15 % headroom. When the largest value is no more than three times that top, it is simply included: the
 * domain is capped only when extremes would compress the rest by more than a factor of three. Values above a capped
 * domain are drawn at its top edge, marked and labelled by the caller. A three-day outage at 35 % no longer turns
 * the 0.4 % fallback rate's control limits into a flat line.
 *
 * @throws {Error} when there are no finite values and nothing to keep
 * @example cappedDomain([0.004, 0.005, 0.35], {keep: [0, 0.012]}) // => {domain: [0, 0.0138], capped: true}
 */
export function cappedDomain(
  values: readonly number[],
  {keep = [], quantile = 0.95}: {keep?: readonly number[]; quantile?: number} = {}
): {domain: [number, number]; capped: boolean} {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  const kept = keep.filter(Number.isFinite);
  if (finite.length === 0 && kept.length === 0) throw new Error("cappedDomain requires at least one finite value");
  const lo = Math.min(...finite.slice(0, 1), ...kept);
  const max = Math.max(...finite.slice(-1), ...kept);
  const h = (finite.length - 1) * quantile;
  const q = finite.length
    ? finite[Math.floor(h)] + (finite[Math.ceil(h)] - finite[Math.floor(h)]) * (h - Math.floor(h))
    : lo;
  const top = Math.max(q, ...kept);
  const headroom = (top - lo) * 0.15 || Math.abs(top) * 0.15 || 1;
  if (max - lo <= 3 * (top - lo)) return {domain: [lo, max], capped: false};
  return {domain: [lo, top + headroom], capped: true};
}
