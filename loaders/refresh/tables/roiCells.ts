import {roiCellsSql} from "../../roi/roiCellsSql.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";
import {extremeText} from "../../engine/extremeText.js";
import {systemRelation} from "../../engine/systemRelation.js";
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
    if ("skipped" in roi) return [];
    const {system, engine} = ctx;
    if (engine.dialect === "duckdb") return {sql: roiCellsSql(roi.columns, system.relations)};
    const lastDecision = await extremeText("max", systemRelation(system, engine), roi.columns.time);
    if (lastDecision === null) return [];
    return {sql: roiCellsSql(roi.columns, system.relations, {partition: system.partition, lastDecision})};
  }
};
