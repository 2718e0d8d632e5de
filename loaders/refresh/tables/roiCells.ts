import {roiCellsSql} from "../../roi/roiCellsSql.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemRoi} from "../systemRoi.js";

/** The ROI report's daily aggregates (roiCellsSql): none for a system without a cost model. */
export const roiCells: DerivedTable<RoiCell> = {
  name: "roi-cells",
  description: "per UTC day, final decision and observed outcome: decisions, amount, automated, reviewed, handling",
  columns: {
    day: "VARCHAR",
    decision: "VARCHAR",
    outcome: "BOOLEAN",
    decisions: "INTEGER",
    amount: "DOUBLE",
    automated: "INTEGER",
    reviewed: "INTEGER",
    handlingSeconds: "DOUBLE"
  },
  async compute(ctx) {
    const roi = await systemRoi(ctx);
    return "skipped" in roi ? [] : {sql: roiCellsSql(roi.columns, ctx.system.relations)};
  }
};
