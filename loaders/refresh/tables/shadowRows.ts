import {sqlIdentifier} from "../../db/sqlIdentifier.js";
import {sqlLiteral} from "../../db/sqlLiteral.js";
import {SHADOW_SEGMENTS, segmentSql} from "../../models/shadowRows.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemShadow} from "../systemShadow.js";

/** Every segment column of any system, in one table (null where a system has no such column). */
const SEGMENTS = [...new Set(Object.values(SHADOW_SEGMENTS).flat())];

/**
 * The Shadow page's rows: every decision both models scored (shadowSource; no PII), with both scores and decisions,
 * the label, the confidence band, the value under each decision and the segment columns, ordered by decision id.
 * SQL the engine runs (with the embedded DuckDB, written straight to Parquet): no row passes through JavaScript.
 */
export const shadowRowsTable: DerivedTable = {
  name: "shadow-rows",
  description: "per decision both models scored, no PII: scores, decisions, label, band, value under each, segments",
  columns: {
    system: "VARCHAR",
    day: "VARCHAR",
    champion_score: "DOUBLE",
    challenger_score: "DOUBLE",
    champion_decision: "VARCHAR",
    challenger_decision: "VARCHAR",
    label: "BOOLEAN",
    confidence_band: "VARCHAR",
    champion_value: "DOUBLE",
    challenger_value: "DOUBLE",
    ...Object.fromEntries(SEGMENTS.map((c) => [c, "VARCHAR"]))
  },
  async compute(ctx) {
    const data = await systemShadow(ctx);
    if (!data) return [];
    const own = data.select.slice(0, -data.segments.length);
    const segments = SEGMENTS.map((c) =>
      data.segments.includes(c) ? segmentSql(c) : `CAST(NULL AS VARCHAR) AS ${sqlIdentifier(c)}`
    );
    return {
      sql: `SELECT ${[`CAST(${sqlLiteral(data.system)} AS VARCHAR) AS system`, ...own, ...segments].join(", ")}
FROM ${data.from} WHERE ${data.where} ORDER BY d.decision_id`
    };
  }
};
