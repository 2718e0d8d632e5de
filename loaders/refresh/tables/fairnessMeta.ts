import {fairnessConvention} from "../../fairness/fairnessConvention.js";
import {engineFairnessMeta, fairnessMeta as systemFairnessMeta} from "../../fairness/fairnessMeta.js";
import {fairnessRowsSql} from "../../fairness/fairnessRowsSql.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The Fairness page's metadata of a system (fairnessMeta: conventions, counts, levels, versions, months), as JSON. */
export const fairnessMeta: DerivedTable<{system: string; meta: string}> = {
  name: "fairness-meta",
  description: "one row: the system's fairness conventions, counts, protected levels, model versions, months (JSON)",
  columns: {system: "VARCHAR", meta: "VARCHAR"},
  async compute({system, engine}) {
    const convention = fairnessConvention(system);
    if (engine.dialect !== "duckdb")
      return [{system: system.name, meta: JSON.stringify(await engineFairnessMeta(engine, system, convention))}];
    const rows = `(${fairnessRowsSql(convention, system.relations)})`;
    return [
      {system: system.name, meta: JSON.stringify(await systemFairnessMeta(engine, system.name, convention, rows))}
    ];
  }
};
