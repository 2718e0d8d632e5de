import {auditColumns, auditRowsSql} from "../../governance/auditRowsSql.js";
import type {DerivedTable} from "../DerivedTable.js";

/**
 * The Decision audit page's rows (auditRowsSql): every decision without personal data, with its lineage and outcome.
 * Row-level by design: the page looks one decision up and replays it.
 */
export const auditRows: DerivedTable = {
  name: "audit-rows",
  description: "per decision, no PII: every contract column, the outcome when it arrived, the source file and row",
  columns: (system) => auditColumns(system),
  async compute({system, engine}) {
    return {sql: auditRowsSql(system, engine.dialect !== "duckdb")};
  }
};
