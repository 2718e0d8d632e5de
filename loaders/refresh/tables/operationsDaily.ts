import {sqlLiteral} from "../../db/sqlLiteral.js";
import {systemRelation} from "../../engine/systemRelation.js";
import {operationsDailyRows} from "../../ops/operationsDailyRows.js";
import {operationsDailySql} from "../../ops/operationsDailySql.js";
import type {OperationsDay} from "../../../src/lib/operations/OperationsReport.js";
import type {DerivedTable} from "../DerivedTable.js";

/** A system's daily operations metrics (operationsDailySql): volume, errors, fallbacks, latency, review queue. */
export const operationsDaily: DerivedTable<OperationsDay> = {
  name: "operations-daily",
  description: "per UTC day: decisions, errors, fallbacks, success rate, latency p50/p95/p99, review queue",
  columns: {
    system: "VARCHAR",
    day: "VARCHAR",
    decisions: "INTEGER",
    errors: "INTEGER",
    fallbacks: "INTEGER",
    automated: "INTEGER",
    success_rate: "DOUBLE",
    fallback_rate: "DOUBLE",
    latency_p50: "DOUBLE",
    latency_p95: "DOUBLE",
    latency_p99: "DOUBLE",
    reviews: "INTEGER",
    queue_peak: "INTEGER",
    queue_end: "INTEGER",
    review_hours_mean: "DOUBLE",
    review_hours_p95: "DOUBLE"
  },
  async compute({system, engine, local}) {
    if (engine.dialect !== "duckdb")
      return (await operationsDailyRows(system, systemRelation(system, engine), local)).map((d) => ({
        system: system.name,
        ...d
      }));
    return {sql: `SELECT ${sqlLiteral(system.name)} AS system, * FROM (${operationsDailySql(system)}) ORDER BY day`};
  }
};
