import {decisionColumns} from "../../overview/decisionColumns.js";
import {overviewSystemsSql} from "../../overview/overviewSystemsSql.js";
import {readManifest} from "../../overview/readManifest.js";
import {dirname} from "node:path";
import {freshnessAsOf} from "../../../src/lib/overview/freshnessAsOf.js";
import {sampleEnd} from "../../overview/sampleEnd.js";
import {systemRelation} from "../../engine/systemRelation.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The Overview's portfolio row of a system: contract, row accounting, rates, time span and freshness. */
export const overviewSystems: DerivedTable = {
  name: "overview-systems",
  description: "one row: contract, ingest row accounting, decision rates, first and last decision, freshness vs SLA",
  columns: {
    system: "VARCHAR",
    contract_id: "VARCHAR",
    contract_version: "VARCHAR",
    rows_read: "INTEGER",
    rows_accepted: "INTEGER",
    rows_quarantined: "INTEGER",
    rows_purged: "INTEGER",
    decisions: "INTEGER",
    automated_rate: "DOUBLE",
    review_rate: "DOUBLE",
    positive_rate: "DOUBLE",
    positive_decision: "VARCHAR",
    first_decision: "TIMESTAMP",
    last_decision: "TIMESTAMP",
    as_of: "TIMESTAMP",
    as_of_basis: "VARCHAR",
    freshness_hours: "DOUBLE",
    sla_hours: "DOUBLE",
    fresh: "BOOLEAN"
  },
  env: ["WORKBENCH_AS_OF"],
  async compute({system, engine}) {
    const manifest = await readManifest(system.paths.manifest);
    return {
      sql: overviewSystemsSql({
        columns: decisionColumns(system),
        decisions: systemRelation(system, engine),
        manifest,
        slaHours: system.roles.slaHours,
        // WORKBENCH_AS_OF, else the bundled sample's own end, else the clock (freshnessAsOf)
        ...freshnessAsOf({
          set: process.env.WORKBENCH_AS_OF,
          sampleEnd: sampleEnd(dirname(system.paths.dir), manifest),
          now: new Date().toISOString()
        })
      })
    };
  }
};
