import {driftStatistics} from "../../../src/lib/drift/driftTests.js";
import type {DriftCellRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";
import {weeklyDrift} from "../weeklyDrift.js";

/** Every compared column (features, then the score) of every ISO week against the reference (driftSeries). */
export const driftCells: DerivedTable<DriftCellRow> = {
  name: "drift-cells",
  description: "per ISO week and compared column: every drift statistic, the chosen test and its verdict",
  columns: {
    system: "VARCHAR",
    window_start: "VARCHAR",
    role: "VARCHAR",
    name: "VARCHAR",
    type: "VARCHAR",
    test: "VARCHAR",
    drifted: "BOOLEAN",
    value: "DOUBLE",
    threshold: "DOUBLE",
    reason: "VARCHAR",
    // every registered statistic's fields (psi, js_distance, ks, wasserstein, wasserstein_normed, chi2, ...)
    ...(Object.assign({}, ...driftStatistics.map((s) => s.columns)) as Record<string, string>),
    reference_values: "DOUBLE",
    current_values: "DOUBLE"
  } as DerivedTable<DriftCellRow>["columns"],
  reads: ["drift-reference"],
  async compute(ctx) {
    return (await weeklyDrift(ctx)).cells;
  }
};
