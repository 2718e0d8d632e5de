import {binLabels} from "../../src/lib/explain/binLabels.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {ExplainAttribute} from "./explainSystem.js";

/** A numeric attribute's bins: inner edges (right-closed, open ends) and their labels in bin order. */
export interface Bins {
  edges: number[];
  labels: string[];
}

/**
 * The bins of every numeric attribute: the deciles q(0.1), …, q(0.9) of its finite values in the bins reference
 * (DuckDB quantile_cont, linear interpolation: quantile type 7, the convention of decileEdges and so of the Drift
 * page's PSI bins), duplicate edges removed, labelled by binLabels. An attribute with no value in the reference has
 * no edge (one bin, "all"). `relation` and `reference` as in explainMetric.
 *
 * @example await binEdges(db, [{name: "income", kind: "numeric"}], "d", "__t >= ...") // => {income: {edges: [...], labels: [...]}}
 */
export async function binEdges(
  db: Db,
  attributes: readonly ExplainAttribute[],
  relation: string,
  reference: string
): Promise<Record<string, Bins>> {
  const numeric = attributes.filter((a) => a.kind === "numeric");
  if (!numeric.length) return {};
  const deciles = "[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]";
  const [row] = await db.all<Record<string, number[] | null>>(
    `SELECT ${numeric
      .map((a, i) => {
        const c = `CAST(${sqlIdentifier(a.name)} AS DOUBLE)`;
        return `quantile_cont(${c}, ${deciles}) FILTER (WHERE isfinite(${c})) AS q${i}`;
      })
      .join(", ")} FROM ${relation} WHERE ${reference}`
  );
  return Object.fromEntries(
    numeric.map((a, i) => {
      const edges = (row[`q${i}`] ?? []).filter((e, j, all) => j === 0 || e !== all[j - 1]);
      return [a.name, {edges, labels: binLabels(edges)}];
    })
  );
}
