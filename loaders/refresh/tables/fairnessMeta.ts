import {fairnessConvention} from "../../fairness/fairnessConvention.js";
import {engineFairnessMeta, fairnessMeta as systemFairnessMeta} from "../../fairness/fairnessMeta.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The Fairness page's metadata of a system (fairnessMeta: conventions, counts, levels, versions, months), as JSON. */
export const fairnessMeta: DerivedTable<{system: string; meta: string}> = {
  name: "fairness-meta",
  description: "one row: the system's fairness conventions, counts, protected levels, model versions, months (JSON)",
  columns: {system: "VARCHAR", meta: "VARCHAR"},
  reads: ["fairness-rows"],
  async compute({system, engine, relation}) {
    const convention = fairnessConvention(system);
    if (engine.dialect !== "duckdb")
      return [{system: system.name, meta: JSON.stringify(await engineFairnessMeta(engine, system, convention))}];
    // the fairness rows just written, not their SQL again: each of its queries would join decisions and outcomes
    // anew (at 100M rows that join ran DuckDB out of its memory limit; at 10M it was 10 of these 11 s)
    const rows = relation("fairness-rows");
    return [
      {system: system.name, meta: JSON.stringify(await systemFairnessMeta(engine, system.name, convention, rows))}
    ];
  }
};
