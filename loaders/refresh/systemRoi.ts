import {InputError} from "../cli/errors.js";
import {roiModel} from "../roi/roiModel.js";
import type {RefreshContext} from "./DerivedTable.js";

/**
 * The refreshed system's cost model and ROI columns (roiModel), read once per refresh for the roi tables; or why it
 * has no ROI report (no cost model, a contract without a role the report needs).
 */
export function systemRoi(ctx: RefreshContext): Promise<Awaited<ReturnType<typeof roiModel>> | {skipped: string}> {
  return ctx.once("roi model", async () => {
    try {
      return await roiModel(ctx.system);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return {skipped: error.message};
    }
  });
}
