import {driftInput} from "../../drift/driftInput.js";
import type {ProfileRow} from "../../profile/profileRow.js";
import {systemProfiles} from "../../profile/systemProfiles.js";
import {PROFILE_COLUMNS} from "../../profile/writeProfiles.js";
import type {DerivedTable} from "../DerivedTable.js";
import {weeklyDrift} from "../weeklyDrift.js";
import type {DriftReferenceRow} from "../../../src/lib/drift/driftView.js";

/**
 * Mergeable profiles of every compared column (features and score) per UTC day and ISO week, histogram bins frozen
 * on the default reference (systemProfiles), computed with the weekly drift series in one pass over the columns
 * (weeklyDrift): the Explore page's summary and `workbench profile`'s file.
 */
export const profiles: DerivedTable<ProfileRow> = {
  name: "profiles",
  description: "per UTC day and ISO week and compared column: rows, nulls, distinct, moments, quantiles, sketches",
  columns: PROFILE_COLUMNS,
  reads: ["drift-reference"],
  async compute(ctx) {
    const {profiles, profileError} = await weeklyDrift(ctx); // computed with the drift series, in the same pass
    if (profileError) throw profileError;
    if (profiles) return profiles.rows;
    const [row] = await ctx.read<DriftReferenceRow>("drift-reference");
    if (!row) return [];
    return (await systemProfiles({db: ctx.engine, log: ctx.log}, driftInput(ctx.system), row.reference)).rows;
  }
};
