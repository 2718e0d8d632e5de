import {InputError} from "../cli/errors.js";
import {SHADOW_SEGMENTS, shadowSource, type ShadowSource} from "../models/shadowRows.js";
import type {RefreshContext} from "./DerivedTable.js";

/**
 * The refreshed system's shadow deployment (shadowSource: the model pair, the count of decisions both the production
 * and the shadow model scored, and the SQL of those rows valued with the cost model), resolved once per refresh for
 * the shadow tables; null for a system without shadow segments or shadow rows.
 */
export function systemShadow(ctx: RefreshContext): Promise<ShadowSource | null> {
  return ctx.once("shadow source", async () => {
    if (!SHADOW_SEGMENTS[ctx.system.name]) return null;
    try {
      return await shadowSource(ctx.system, {db: ctx.engine});
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.log(`shadow ${ctx.system.name}: none: ${error.message}`);
      return null;
    }
  });
}
