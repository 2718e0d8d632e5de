import type {DriftBinRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";
import {weeklyDrift} from "../weeklyDrift.js";

/** The reference and current shares of every PSI bin of every compared column and week (the page's overlay). */
export const driftBins: DerivedTable<DriftBinRow> = {
  name: "drift-bins",
  description: "per ISO week, compared column and PSI bin: the reference and current shares",
  columns: {
    system: "VARCHAR",
    window_start: "VARCHAR",
    feature: "VARCHAR",
    bin: "DOUBLE",
    label: "VARCHAR",
    reference_share: "DOUBLE",
    current_share: "DOUBLE"
  },
  reads: ["drift-reference"],
  async compute(ctx) {
    return (await weeklyDrift(ctx)).bins;
  }
};
