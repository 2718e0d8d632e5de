import {labelSeries} from "../../drift/labelSeries.js";
import type {LabelRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";
import type {DriftReferenceRow} from "../../../src/lib/drift/driftView.js";

/** Weekly label drift (labelSeries): the outcome rate among labelled decisions against the reference's. */
export const driftLabels: DerivedTable<LabelRow> = {
  name: "drift-labels",
  description: "per ISO week of the decision: labelled decisions, outcome rate vs the reference's, chi-square verdict",
  columns: {
    system: "VARCHAR",
    window_start: "VARCHAR",
    label: "VARCHAR",
    decisions: "DOUBLE",
    labelled: "DOUBLE",
    positive: "DOUBLE",
    reference_rate: "DOUBLE",
    current_rate: "DOUBLE",
    difference: "DOUBLE",
    chi2: "DOUBLE",
    pvalue: "DOUBLE",
    drifted: "BOOLEAN",
    alpha: "DOUBLE"
  },
  reads: ["drift-reference"],
  async compute({system, engine, read}) {
    const [row] = await read<DriftReferenceRow>("drift-reference");
    return row ? labelSeries(engine, system, row.reference) : [];
  }
};
