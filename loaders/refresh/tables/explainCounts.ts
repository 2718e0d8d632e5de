import {explainDailySql, type ExplainCountRow} from "../../explain/explainDailySql.js";
import type {DerivedTable} from "../DerivedTable.js";
import {explainSetup} from "../explainSetup.js";

/** Per rate, attribute, segment and UTC day: the rate's rows and events, what the Explain page sums into windows. */
export const explainCounts: DerivedTable<ExplainCountRow> = {
  name: "explain-counts",
  description: "per rate, segmenting attribute, segment and UTC day: the rate's rows (n) and events (count)",
  columns: {
    system: "VARCHAR",
    metric: "VARCHAR",
    attribute: "VARCHAR",
    segment: "VARCHAR",
    day: "VARCHAR",
    n: "INTEGER",
    count: "INTEGER"
  },
  reads: ["drift-reference"],
  async compute(ctx) {
    const {system, setup} = await explainSetup(ctx);
    return {sql: explainDailySql(system, setup)};
  }
};
