import type {DerivedTable} from "../DerivedTable.js";
import {explainSetup} from "../explainSetup.js";

/** The Explain page's description of a system (explainMeta: bins reference, rates, attributes and bins), as JSON. */
export const explainMetaTable: DerivedTable<{system: string; meta: string}> = {
  name: "explain-meta",
  description:
    "one row: the rates the Explain page decomposes, the attributes with their bins, the bins reference (JSON)",
  columns: {system: "VARCHAR", meta: "VARCHAR"},
  reads: ["drift-reference"],
  async compute(ctx) {
    const {setup} = await explainSetup(ctx);
    return [{system: ctx.system.name, meta: JSON.stringify(setup.meta)}];
  }
};
