import type {DriftWindowRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";
import {weeklyDrift} from "../weeklyDrift.js";

/** Dataset drift of every ISO week: the share of drifted features (the score excluded) and prediction drift. */
export const driftWindows: DerivedTable<DriftWindowRow> = {
  name: "drift-windows",
  description: "per ISO week: rows, share of drifted features, dataset drift at settings.drift.share, prediction drift",
  columns: {
    system: "VARCHAR",
    window_start: "VARCHAR",
    rows: "DOUBLE",
    share: "DOUBLE",
    drifted: "BOOLEAN",
    count: "DOUBLE",
    total: "DOUBLE",
    prediction_drifted: "BOOLEAN"
  },
  reads: ["drift-reference"],
  async compute(ctx) {
    return (await weeklyDrift(ctx)).windows;
  }
};
