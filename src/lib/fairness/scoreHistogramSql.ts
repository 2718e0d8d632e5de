import {attributeColumnsSql, sliceWhereSql, type SliceSpec} from "./sliceSql.js";

/**
 * SQL for per-group score histograms of a slice (the threshold what-if): rows of the attributes (a0, a1, …),
 * `bin` (0 … bins − 1, bin = least(bins − 1, floor(score · bins)) for a score in [0, 1]), the favourable label
 * `y` (null = unknown) and the count `n` (DOUBLE). Rows without a score are left out. Feed the rows to
 * toScoreHistograms, then confusionCurve or equalizeThresholds.
 * @throws {Error} if bins is not an integer in [1, 100000], or on an invalid slice (see sliceSql)
 * @example toScoreHistograms(await db.query(scoreHistogramSql(slice, 200)), 200, 1);
 */
export function scoreHistogramSql(
  spec: Pick<SliceSpec, "table" | "attributes" | "from" | "to" | "modelVersion">,
  bins: number
): string {
  if (!Number.isInteger(bins) || bins < 1 || bins > 100000) throw new Error(`invalid bins: ${bins}`);
  return `SELECT ${attributeColumnsSql(spec.attributes)},
  least(${bins - 1}, floor(score * ${bins}))::INTEGER AS bin, label_pos AS y, count(*)::DOUBLE AS n
FROM "${spec.table.replace(/"/g, '""')}"
WHERE score IS NOT NULL AND ${sliceWhereSql(spec)}
GROUP BY ALL`;
}
