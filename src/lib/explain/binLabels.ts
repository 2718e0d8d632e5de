/**
 * Labels of the bins a numeric attribute is cut into by ascending inner edges e₁ < … < e_k (right-closed bins with
 * open ends, as decileEdges and binIndex cut them for PSI): "≤ e₁", "(e₁, e₂]", …, "> e_k"; k edges give k + 1
 * labels, no edge gives "all". Edges print with 4 significant digits and thousands separators (en-US), so close
 * edges may print alike; the order of the labels is the order of the bins.
 *
 * @example
 * binLabels([25000, 41250.5]); // => ["≤ 25,000", "(25,000, 41,250]", "> 41,250"]
 */
export function binLabels(edges: readonly number[]): string[] {
  if (!edges.length) return ["all"];
  const f = (x: number) => Number(x.toPrecision(4)).toLocaleString("en-US", {maximumFractionDigits: 6});
  return [
    `≤ ${f(edges[0])}`,
    ...edges.slice(1).map((e, i) => `(${f(edges[i])}, ${f(e)}]`),
    `> ${f(edges[edges.length - 1])}`
  ];
}
