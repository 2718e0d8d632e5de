import {InputError} from "../../cli/errors.js";
import {raterGroups, type RaterCount} from "../../roi/roiAggregates.js";
import {roiReportOf} from "../../roi/loadRoiReport.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";
import {settings} from "../../../src/lib/settings.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemRoi} from "../systemRoi.js";

/**
 * The ROI report of a system (roiReport on the roi-cells and roi-raters aggregates, settings.roi.bootstrap), as
 * JSON, or why it has none (no cost model, no manual baseline before go-live, ...).
 */
export const roiReport: DerivedTable<{system: string; report: string | null; skipped: string | null}> = {
  name: "roi-report",
  description: "one row: the ROI report (JSON: net value, payback, sensitivity, narrative) or why there is none",
  columns: {system: "VARCHAR", report: "VARCHAR", skipped: "VARCHAR"},
  reads: ["roi-cells", "roi-raters"],
  async compute(ctx) {
    const {system, log} = ctx;
    const roi = await systemRoi(ctx);
    const skip = (reason: string) => {
      log(`roi ${system.name}: skipped: ${reason}`);
      return [{system: system.name, report: null, skipped: reason}];
    };
    if ("skipped" in roi) return skip(roi.skipped);
    const cells = await ctx.read<RoiCell>("roi-cells");
    const raters = raterGroups(await ctx.read<RaterCount>("roi-raters"));
    try {
      const report = roiReportOf(system.name, {cells, raters}, roi.model, settings.roi.bootstrap);
      return [{system: system.name, report: JSON.stringify(report), skipped: null}];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return skip(error.message);
    }
  }
};
