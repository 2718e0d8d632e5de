import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {Bins} from "./binEdges.js";

/**
 * The SQL expression of a row's segment for one attribute, as text: a numeric attribute's bin label (value ≤ e₁
 * the first bin, e₁ < value ≤ e₂ the second, …, above the last edge the last; see binEdges), a categorical
 * attribute's value as VARCHAR; a null (or, for a numeric attribute, non-finite) value is the segment "(null)".
 *
 * @example segmentSql("region") // => `COALESCE(CAST("region" AS VARCHAR), '(null)')`
 */
export function segmentSql(attribute: string, bins?: Bins): string {
  const c = sqlIdentifier(attribute);
  if (!bins) return `COALESCE(CAST(${c} AS VARCHAR), '(null)')`;
  const x = `CAST(${c} AS DOUBLE)`;
  const cases = bins.edges.map((e, i) => `WHEN ${x} <= CAST('${e}' AS DOUBLE) THEN ${sqlLiteral(bins.labels[i])}`);
  return `CASE WHEN ${x} IS NULL OR NOT isfinite(${x}) THEN '(null)' ${cases.join(" ")} ELSE ${sqlLiteral(bins.labels[bins.labels.length - 1])} END`;
}
