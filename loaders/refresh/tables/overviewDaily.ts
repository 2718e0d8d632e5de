import {decisionColumns} from "../../overview/decisionColumns.js";
import {overviewDailySql} from "../../overview/overviewDailySql.js";
import {systemRelation} from "../../engine/systemRelation.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The Overview's daily series of a system (overviewDailySql). */
export const overviewDaily: DerivedTable = {
  name: "overview-daily",
  description: "per UTC day: decisions, automated, review, fallback and positive rates, p50/p95 latency",
  columns: {
    system: "VARCHAR",
    day: "DATE",
    decisions: "INTEGER",
    automated_rate: "DOUBLE",
    review_rate: "DOUBLE",
    fallback_rate: "DOUBLE",
    positive_rate: "DOUBLE",
    latency_p50: "DOUBLE",
    latency_p95: "DOUBLE"
  },
  async compute({system, engine}) {
    return {sql: overviewDailySql(decisionColumns(system), systemRelation(system, engine))};
  }
};
