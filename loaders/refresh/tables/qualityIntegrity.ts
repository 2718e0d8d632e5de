import {integritySql} from "../../quality/integritySql.js";
import {qualitySystem} from "../../quality/qualitySystem.js";
import type {DerivedTable} from "../DerivedTable.js";

/**
 * Referential integrity between decisions and outcomes per ISO week (integritySql), overdue judged as of
 * `$WORKBENCH_AS_OF` when set, else the log's last decision.
 */
export const qualityIntegrity: DerivedTable = {
  name: "quality-integrity",
  description:
    "per ISO week: decisions labelled, pending, overdue; outcomes, orphan outcomes, outcomes before decision",
  columns: {
    system: "VARCHAR",
    week: "DATE",
    decisions: "INTEGER",
    labelled: "INTEGER",
    pending: "INTEGER",
    overdue: "INTEGER",
    outcomes: "INTEGER",
    orphan_outcomes: "INTEGER",
    outcomes_before_decision: "INTEGER",
    overdue_before: "TIMESTAMP"
  },
  env: ["WORKBENCH_AS_OF"],
  async compute({system, engine}) {
    const sql = integritySql(await qualitySystem(engine, system), process.env.WORKBENCH_AS_OF);
    return sql === undefined ? [] : {sql};
  }
};
