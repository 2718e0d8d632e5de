import {roiRaters as raterCounts, type RaterCount} from "../../roi/roiAggregates.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemRoi} from "../systemRoi.js";

/** Decisions and approvals per decider in the three rater groups of the ROI consistency comparison, no rater id. */
export const roiRaters: DerivedTable<RaterCount> = {
  name: "roi-raters",
  description: "per rater group (baseline reviewers, reviewers after go-live, model desks) and decider: counts",
  columns: {group: "VARCHAR", decisions: "INTEGER", approvals: "INTEGER"},
  reads: ["roi-cells"],
  async compute(ctx) {
    const roi = await systemRoi(ctx);
    if ("skipped" in roi) return [];
    const cells = await ctx.read<RoiCell>("roi-cells");
    return raterCounts(
      {db: ctx.engine, partition: ctx.system.partition},
      roi.columns,
      roi.model,
      ctx.system.relations,
      cells
    );
  }
};
