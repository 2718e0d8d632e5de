import {SHADOW_SEGMENTS} from "../../models/shadowRows.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemShadow} from "../systemShadow.js";

/** Every segment column of any system, in one table (null where a system has no such column). */
const SEGMENTS = [...new Set(Object.values(SHADOW_SEGMENTS).flat())];

/**
 * The Shadow page's rows: every decision both models scored (shadowRows; no PII), with both scores and decisions,
 * the label, the confidence band, the value under each decision and the segment columns, ordered by decision id.
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
    const nulls = Object.fromEntries(SEGMENTS.map((c) => [c, null]));
    return data ? data.rows.map((r) => ({system: data.system, ...nulls, ...r})) : [];
  }
};
