/** One segment's rows and events in the two windows: n rows (the rate's denominator), count of them with the event. */
export interface SegmentCounts {
  segment: string;
  n0: number;
  count0: number;
  n1: number;
  count1: number;
}

/** One segment's part of a shift-share decomposition. */
export interface SegmentShift {
  segment: string;
  /** The segment's share of the rows in the first ("from") and second ("to") window. */
  share0: number;
  share1: number;
  /** The segment's rate in each window (null where it has no rows). */
  rate0: number | null;
  rate1: number | null;
  mix: number;
  rate: number;
  interaction: number;
}

/** A rate's change between two windows split into mix, rate and interaction. */
export interface ShiftShare {
  n0: number;
  n1: number;
  rate0: number;
  rate1: number;
  /** rate1 − rate0 = mix + rate + interaction. */
  change: number;
  mix: number;
  rate: number;
  interaction: number;
  segments: SegmentShift[];
}

/**
 * Shift-share (Oaxaca–Blinder style, three-fold) decomposition of the change of a rate between two windows over
 * the segments of one attribute. With wₛᵗ = nₛᵗ / Nᵗ a segment's share of the rows and rₛᵗ = countₛᵗ / nₛᵗ its rate in
 * window t ∈ {0 "from", 1 "to"}, the overall rate is Rᵗ = Σₛ wₛᵗ rₛᵗ and, exactly,
 *   R¹ − R⁰ = Σₛ (wₛ¹ − wₛ⁰) rₛ⁰            mix: the population moved between segments, rates held at "from"
 *           + Σₛ wₛ⁰ (rₛ¹ − rₛ⁰)            rate: the rates within segments moved, shares held at "from"
 *           + Σₛ (wₛ¹ − wₛ⁰)(rₛ¹ − rₛ⁰)     interaction: both at once.
 * A segment with no rows in one window takes the other window's rate there (rₛ⁰ := rₛ¹ for a new segment, rₛ¹ :=
 * rₛ⁰ for a vanished one), so its whole contribution (wₛ¹rₛ¹ or −wₛ⁰rₛ⁰) counts as mix: a segment appearing or
 * disappearing is a population change. Per segment, mix is reported centred, (wₛ¹ − wₛ⁰)(rₛ⁰ − R⁰), which sums to the
 * same total (the shares' changes sum to 0) but says what each segment did: gaining share with a rate below the
 * overall rate lowers it. Segments keep their input order. O(segments).
 *
 * @throws {Error} when a window has no rows, or a count is negative, not an integer, or above its n
 * @example
 * shiftShare([{segment: "a", n0: 4, count0: 2, n1: 2, count1: 1}, {segment: "b", n0: 4, count0: 4, n1: 6, count1: 6}]).mix; // => 0.125
 */
export function shiftShare(segments: readonly SegmentCounts[]): ShiftShare {
  let n0 = 0;
  let n1 = 0;
  let k0 = 0;
  let k1 = 0;
  for (const s of segments) {
    for (const [n, k] of [
      [s.n0, s.count0],
      [s.n1, s.count1]
    ])
      if (!(Number.isInteger(n) && Number.isInteger(k) && n >= 0 && k >= 0 && k <= n))
        throw new Error(`invalid counts of segment ${s.segment}: ${k} of ${n}`);
    n0 += s.n0;
    n1 += s.n1;
    k0 += s.count0;
    k1 += s.count1;
  }
  if (!n0 || !n1) throw new Error(`shiftShare requires rows in both windows: ${n0} and ${n1}`);
  const overall0 = k0 / n0;
  const out: SegmentShift[] = segments.map((s) => {
    const share0 = s.n0 / n0;
    const share1 = s.n1 / n1;
    const rate0 = s.n0 ? s.count0 / s.n0 : null;
    const rate1 = s.n1 ? s.count1 / s.n1 : null;
    const r0 = rate0 ?? rate1 ?? 0;
    const r1 = rate1 ?? r0;
    return {
      segment: s.segment,
      share0,
      share1,
      rate0,
      rate1,
      mix: (share1 - share0) * (r0 - overall0),
      rate: share0 * (r1 - r0),
      interaction: (share1 - share0) * (r1 - r0)
    };
  });
  const sum = (key: "mix" | "rate" | "interaction") => out.reduce((t, s) => t + s[key], 0);
  const rate1 = k1 / n1;
  return {
    n0,
    n1,
    rate0: overall0,
    rate1,
    change: rate1 - overall0,
    mix: sum("mix"),
    rate: sum("rate"),
    interaction: sum("interaction"),
    segments: out
  };
}
