/**
 * Standard error of a ROC AUC estimate by Hanley & McNeil's approximation (Radiology 143:29–36, 1982, eq. 2):
 * SE² = (A(1 − A) + (n₁ − 1)(Q₁ − A²) + (n₂ − 1)(Q₂ − A²)) / (n₁ n₂), with Q₁ = A / (2 − A) and
 * Q₂ = 2A² / (1 + A), n₁ the positives and n₂ the negatives. Null when either class is empty.
 *
 * @throws {Error} for an AUC outside [0, 1] or counts that are not non-negative integers
 * @example
 * aucStandardError(0.8, 50, 50); // => 0.0445 (Hanley & McNeil 1982, Table 1: 0.044)
 */
export function aucStandardError(auc: number, positives: number, negatives: number): number | null {
  if (!(auc >= 0 && auc <= 1)) throw new Error(`invalid auc: ${auc}`);
  for (const n of [positives, negatives]) if (!(Number.isInteger(n) && n >= 0)) throw new Error(`invalid count: ${n}`);
  if (!positives || !negatives) return null;
  const a2 = auc * auc;
  const q1 = auc / (2 - auc);
  const q2 = (2 * a2) / (1 + auc);
  const variance =
    (auc * (1 - auc) + (positives - 1) * (q1 - a2) + (negatives - 1) * (q2 - a2)) / (positives * negatives);
  return Math.sqrt(variance);
}
