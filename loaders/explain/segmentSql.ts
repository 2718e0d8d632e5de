import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {Bins} from "./binEdges.js";

/** How a row's segment of one attribute is computed: a compact key per row, and the key's label once per group. */
export interface SegmentSql {
  /** SQL of the row's key: a numeric attribute's bin index (−1 null), a categorical attribute's text (or "(null)"). */
  key: string;
  /** SQL turning `column`, holding `key`, into the segment label (text; null stays null). */
  label(column: string): string;
}

/**
 * The SQL of a row's segment for one attribute. A numeric attribute's segment is its bin (value ≤ e₁ the first bin,
 * e₁ < value ≤ e₂ the second, …, above the last edge the last; see binEdges), keyed per row by the bin's index as an
 * INTEGER and labelled by binLabels' text once per group: grouping by a small integer instead of a label costs less,
 * and two bins whose labels print alike still fall into one segment once labelled. A categorical attribute's segment
 * is its value as VARCHAR (its own label). A null (or, for a numeric attribute, non-finite) value is the segment
 * "(null)".
 *
 * @example segmentSql("region").key // => `COALESCE(CAST("region" AS VARCHAR), '(null)')`
 */
export function segmentSql(attribute: string, bins?: Bins): SegmentSql {
  const c = sqlIdentifier(attribute);
  if (!bins) return {key: `COALESCE(CAST(${c} AS VARCHAR), '(null)')`, label: (column) => column};
  const x = `CAST(${c} AS DOUBLE)`;
  const cases = bins.edges.map((e, i) => `WHEN ${x} <= CAST('${e}' AS DOUBLE) THEN ${i}`);
  return {
    key: `CASE WHEN ${x} IS NULL OR NOT isfinite(${x}) THEN -1 ${cases.join(" ")} ELSE ${bins.edges.length} END`,
    label: (column) =>
      `CASE ${column} WHEN -1 THEN '(null)' ${bins.labels.map((l, i) => `WHEN ${i} THEN ${sqlLiteral(l)}`).join(" ")} END`
  };
}
