import {nullRatesSql} from "../../quality/nullRatesSql.js";
import {qualitySystem} from "../../quality/qualitySystem.js";
import type {DerivedTable} from "../DerivedTable.js";

/** Null rates of every column of every ingested object per UTC day and ISO week (nullRatesSql). */
export const qualityNulls: DerivedTable = {
  name: "quality-nulls",
  description: "per object, UTC day or ISO week and column: rows, nulls, null rate, whether the contract requires it",
  columns: {
    system: "VARCHAR",
    object: "VARCHAR",
    grain: "VARCHAR",
    window_start: "DATE",
    column: "VARCHAR",
    required: "BOOLEAN",
    rows: "INTEGER",
    nulls: "INTEGER",
    null_rate: "DOUBLE"
  },
  async compute({system, engine}) {
    const q = await qualitySystem(engine, system);
    const parts = q.objects
      .flatMap((o) => nullRatesSql(q.system, o, q.dialect) ?? [])
      .map((sql, i) => `SELECT * FROM (${sql}) AS "__object${i}"`);
    if (parts.length === 0) return [];
    return {
      sql: `SELECT * FROM (${parts.join("\nUNION ALL\n")}) AS "__objects" ORDER BY "object", grain, window_start, "column"`
    };
  }
};
