/**
 * The Explain page's address for a decomposition: `./explain.html?system=…&metric=…&from=<from>..<to>&to=<from>..<to>`,
 * windows half-open [from, to) in YYYY-MM-DD (UTC), values URI-encoded. The SPC page links each signal episode with
 * its baseline as "from"; the Drift page each week with the drift reference.
 *
 * @example explainHref({system: "credit-line", metric: "positive_rate", from: {from: "2026-02-02", to: "2026-03-02"}, to: {from: "2026-05-04", to: "2026-05-11"}}); // => "./explain.html?system=credit-line&metric=positive_rate&from=2026-02-02..2026-03-02&to=2026-05-04..2026-05-11"
 */
export function explainHref({
  system,
  metric,
  from,
  to
}: {
  system: string;
  metric: string;
  from: {from: string; to: string};
  to: {from: string; to: string};
}): string {
  const w = (x: {from: string; to: string}) => `${x.from.slice(0, 10)}..${x.to.slice(0, 10)}`;
  return `./explain.html?system=${encodeURIComponent(system)}&metric=${encodeURIComponent(metric)}&from=${w(from)}&to=${w(to)}`;
}
