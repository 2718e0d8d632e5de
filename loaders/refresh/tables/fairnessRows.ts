import {fairnessConvention} from "../../fairness/fairnessConvention.js";
import {fairnessRowsSql} from "../../fairness/fairnessRowsSql.js";
import type {DerivedTable} from "../DerivedTable.js";

/**
 * The PII-free fairness rows of a system (fairnessRowsSql: one row per decision, outcomes joined, protected
 * attributes under their own names). Row-level by design: the Fairness page re-slices them in the browser; the
 * fairness command and the fairness and performance alerts read them too.
 */
export const fairnessRows: DerivedTable = {
  name: "fairness-rows",
  description:
    "per decision, no PII: time, month, model version, source, protected attributes, score, decisions, label",
  columns: (system) => ({
    decided_at: "TIMESTAMP",
    month: "DATE",
    model_version: "VARCHAR",
    decision_source: "VARCHAR",
    ...Object.fromEntries(fairnessConvention(system).protected.map((p) => [p, "VARCHAR"])),
    score: "DOUBLE",
    threshold: "DOUBLE",
    model_pos: "BOOLEAN",
    final_pos: "BOOLEAN",
    reviewed: "BOOLEAN",
    overridden: "BOOLEAN",
    label_pos: "BOOLEAN"
  }),
  async compute({system, engine}) {
    return {sql: fairnessRowsSql(fairnessConvention(system), system.relations, engine.dialect !== "duckdb")};
  }
};
