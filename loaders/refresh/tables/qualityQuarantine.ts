import {qualitySystem} from "../../quality/qualitySystem.js";
import {quarantineSql} from "../../quality/quarantineSql.js";
import type {DerivedTable} from "../DerivedTable.js";

/** Quarantined rows per object, ISO week, source file and failed check (quarantineSql): aggregates only. */
export const qualityQuarantine: DerivedTable = {
  name: "quality-quarantine",
  description: "per object, ISO week of the raw time, source file and failed check: quarantined rows",
  columns: {
    system: "VARCHAR",
    object: "VARCHAR",
    week: "DATE",
    source_file: "VARCHAR",
    check: "VARCHAR",
    rows: "INTEGER",
    rows_total: "INTEGER"
  },
  async compute({system, engine, local}) {
    const q = await qualitySystem(engine, system);
    const parts = q.objects.flatMap((o) => quarantineSql(q.system, o) ?? []).map((sql) => `SELECT * FROM (${sql})`);
    if (parts.length === 0) return [];
    const sql = `${parts.join("\nUNION ALL BY NAME\n")}\nORDER BY "object" NULLS LAST, week NULLS LAST, source_file NULLS LAST, "check" NULLS LAST`;
    // the quarantine's raw rows stay with the ingest: with another engine they are counted here, in DuckDB
    return (engine as unknown) === local ? {sql} : local.all(sql);
  }
};
