import {InputError} from "../cli/errors.js";
import {SHADOW_SEGMENTS, shadowRows, type ShadowData} from "../models/shadowRows.js";
import type {RefreshContext} from "./DerivedTable.js";

/**
 * The refreshed system's shadow rows (shadowRows: every decision both the production and the shadow model scored,
 * valued with the cost model), read once per refresh for the shadow tables; null for a system without shadow
 * segments or shadow rows.
 */
export function systemShadow(ctx: RefreshContext): Promise<ShadowData | null> {
  return ctx.once("shadow rows", async () => {
    if (!SHADOW_SEGMENTS[ctx.system.name]) return null;
    try {
      return await shadowRows(ctx.system, {db: ctx.engine});
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.log(`shadow ${ctx.system.name}: none: ${error.message}`);
      return null;
    }
  });
}
