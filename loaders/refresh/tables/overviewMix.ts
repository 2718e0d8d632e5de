import {decisionColumns} from "../../overview/decisionColumns.js";
import {overviewMixSql} from "../../overview/overviewMixSql.js";
import {systemRelation} from "../../engine/systemRelation.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The Overview's weekly decision mix of a system (overviewMixSql). */
export const overviewMix: DerivedTable = {
  name: "overview-mix",
  description: "per ISO week, final decision and decision source: decisions",
  columns: {
    system: "VARCHAR",
    week: "DATE",
    final_decision: "VARCHAR",
    decision_source: "VARCHAR",
    decisions: "INTEGER"
  },
  async compute({system, engine}) {
    return {sql: overviewMixSql(decisionColumns(system), systemRelation(system, engine))};
  }
};
