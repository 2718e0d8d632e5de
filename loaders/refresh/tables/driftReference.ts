import {driftInput} from "../../drift/driftInput.js";
import {defaultReference} from "../../system/defaultReference.js";
import type {DriftReferenceRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The default reference (defaultReference: 4 whole ISO weeks from the first Monday with a score); none without. */
export const driftReference: DerivedTable<DriftReferenceRow> = {
  name: "drift-reference",
  description: "one row: the default drift reference window and the score column (no row without a timed row)",
  columns: {system: "VARCHAR", reference: 'STRUCT("from" VARCHAR, "to" VARCHAR)', score: "VARCHAR"},
  async compute({system, engine}) {
    const input = driftInput(system);
    const reference = await defaultReference(engine, input.relation, input.time, input.score, input.partition);
    return reference ? [{system: system.name, reference, score: input.score ?? null}] : [];
  }
};
