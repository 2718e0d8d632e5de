import {driftInput} from "../../drift/driftInput.js";
import type {ProfileRow} from "../../profile/profileRow.js";
import {systemProfiles} from "../../profile/systemProfiles.js";
import {PROFILE_COLUMNS} from "../../profile/writeProfiles.js";
import type {DerivedTable} from "../DerivedTable.js";
import type {DriftReferenceRow} from "../../../src/lib/drift/driftView.js";

/**
 * Mergeable profiles of every compared column (features and score) per UTC day and ISO week, histogram bins frozen
 * on the default reference (systemProfiles): the Explore page's summary and `workbench profile`'s file.
 */
export const profiles: DerivedTable<ProfileRow> = {
  name: "profiles",
  description: "per UTC day and ISO week and compared column: rows, nulls, distinct, moments, quantiles, sketches",
  columns: PROFILE_COLUMNS,
  reads: ["drift-reference"],
  async compute({system, engine, log, read}) {
    const [row] = await read<DriftReferenceRow>("drift-reference");
    if (!row) return [];
    return (await systemProfiles({db: engine, log}, driftInput(system), row.reference)).rows;
  }
};
