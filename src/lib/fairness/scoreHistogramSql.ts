import {groupKeySql, sliceWhereSql, type SliceSpec} from "./sliceSql.js";

/**
 * SQL for per-group score histograms of a slice (the threshold what-if): rows `group`, `bin` (0 … bins − 1,
 * bin = least(bins − 1, floor(score · bins)) for a score in [0, 1]) and the counts `pos` (favourable label),
 * `neg` (adverse label), `unk` (label unknown), as DOUBLE. Rows without a score are left out. Feed the rows to
 * toScoreHistograms, then confusionCurve or equalizeThresholds.
 * @throws {Error} if bins is not an integer in [1, 100000], or on an invalid slice (see sliceSql)
 * @example await db.query(scoreHistogramSql({table: "rows", attributes: ["ethnicity"]}, 200));
 */
export function scoreHistogramSql(
  spec: Pick<SliceSpec, "table" | "attributes" | "from" | "to" | "modelVersion">,
  bins: number
): string {
  if (!Number.isInteger(bins) || bins < 1 || bins > 100000) throw new Error(`invalid bins: ${bins}`);
  return `SELECT ${groupKeySql(spec.attributes)} AS "group",
  least(${bins - 1}, floor(score * ${bins}))::INTEGER AS bin,
  count_if(label_pos)::DOUBLE AS pos, count_if(NOT label_pos)::DOUBLE AS neg, count_if(label_pos IS NULL)::DOUBLE AS unk
FROM "${spec.table.replace(/"/g, '""')}"
WHERE score IS NOT NULL AND ${sliceWhereSql(spec)}
GROUP BY ALL
ORDER BY "group", bin`;
}
