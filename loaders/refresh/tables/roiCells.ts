import {roiCellsSql} from "../../roi/roiCellsSql.js";
import {ROI_ROWS_PER_PASS, roiDayRanges} from "../../roi/roiDayRanges.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";
import {extremeText} from "../../engine/extremeText.js";
import {systemRelation} from "../../engine/systemRelation.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemRoi} from "../systemRoi.js";

/** The ROI report's daily aggregates (roiCellsTable with its default pass). */
export const roiCells = roiCellsTable();

/**
 * The ROI report's daily aggregates (roiCellsSql): none for a system without a cost model. On DuckDB a log of more
 * than `rowsPerPass` decisions (default ROI_ROWS_PER_PASS) is counted a run of days at a time (roiDayRanges; the
 * runs' cells put together in order are the same rows and doubles), so the ordered sums, which DuckDB cannot spill,
 * hold one run's values.
 */
export function roiCellsTable({rowsPerPass = ROI_ROWS_PER_PASS} = {}): DerivedTable<RoiCell> {
  return {
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
      if (engine.dialect === "duckdb") {
        // the log's size first, from the Parquet's metadata (at 10M: 0.01 s, where the counts per day take 0.5 s)
        const [{n}] = await engine.all<{n: number}>(`SELECT count(*)::DOUBLE AS n FROM ${system.relations.decisions}`);
        if (n <= rowsPerPass) return {sql: roiCellsSql(roi.columns, system.relations)};
        const counts = await engine.all<{day: string | null; n: number}>(
          `SELECT strftime(CAST(${roi.columns.time} AS DATE), '%Y-%m-%d') AS day, count(*)::DOUBLE AS n
        FROM ${system.relations.decisions} GROUP BY 1 ORDER BY 1 NULLS LAST`
        );
        const ranges = roiDayRanges(counts, rowsPerPass);
        if (ranges.length <= 1) return {sql: roiCellsSql(roi.columns, system.relations)};
        const cells: RoiCell[] = [];
        for (const days of ranges) {
          ctx.log(`roi-cells ${system.name}: ${days ? `${days.from} to ${days.to}` : "decisions without a day"}`);
          cells.push(...(await engine.all<RoiCell>(roiCellsSql(roi.columns, system.relations, undefined, days))));
        }
        return cells;
      }
      const lastDecision = await extremeText("max", systemRelation(system, engine), roi.columns.time);
      if (lastDecision === null) return [];
      return {sql: roiCellsSql(roi.columns, system.relations, {partition: system.partition, lastDecision})};
    }
  };
}
