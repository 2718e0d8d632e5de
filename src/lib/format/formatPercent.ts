/**
 * A share (0–1) as a percentage with a fixed number of decimals (default 1) and the % sign: the workbench's one
 * way of writing a rate (docs/conventions.md). A share that rounds to 0 or 100 but is not exactly that keeps a
 * hint: "< 0.1%", "> 99.9%", so a rare event never reads as none.
 *
 * @throws {Error} if share is not finite
 * @example
 * formatPercent(0.8375); // => "83.8%"
 * formatPercent(0.00004); // => "< 0.1%"
 * formatPercent(0.5, 0); // => "50%"
 */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) throw new Error(`invalid share: ${share}`);
  const text = (share * 100).toFixed(digits);
  const step = 10 ** -digits;
  if (share > 0 && Number(text) === 0) return `< ${step.toFixed(digits)}%`;
  if (share < 1 && Number(text) === 100) return `> ${(100 - step).toFixed(digits)}%`;
  return `${text.replace(/^-/, "−")}%`;
}
