/**
 * For each index i, whether `condition` holds at i and at the `length − 1` indices before it: the run
 * detector behind the run rules (qcc's `qccRulesViolatingRun`, R: the point where a run first reaches
 * `length`, and every later point of the same run, are flagged). Runs in O(n).
 *
 * @throws {Error} if length is not a positive integer
 * @example trailingRun([true, true, false, true], 2); // => [false, true, false, false]
 */
export function trailingRun(condition: readonly boolean[], length: number): boolean[] {
  if (!Number.isInteger(length) || length < 1) throw new Error(`invalid run length: ${length}`);
  let run = 0;
  return condition.map((c) => (run = c ? run + 1 : 0) >= length);
}
