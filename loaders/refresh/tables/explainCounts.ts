import {explainDaily, type ExplainCountRow} from "../../explain/explainDaily.js";
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
    const rows = await explainDaily(ctx.engine, system, setup);
    return rows.sort(
      (a, b) =>
        cmp(a.metric, b.metric) || cmp(a.attribute, b.attribute) || cmp(a.segment, b.segment) || cmp(a.day, b.day)
    );
  }
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
