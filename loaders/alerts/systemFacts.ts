import {derivedRows} from "../derived/derivedRows.js";
import {openSystem} from "../system/openSystem.js";
import type {System} from "../system/System.js";
import type {CheckContext} from "./CheckContext.js";

/** One ingested system as the alert evaluators need it. */
export interface SystemFacts {
  system: System;
  /** The newest decision time (ISO, UTC, the Overview's last_decision), or null when there is no decision. */
  latest: string | null;
}

const opened = new WeakMap<CheckContext, Map<string, Promise<SystemFacts>>>();

/**
 * The ingested system `name` under the context's work directory, opened once per context (openSystem), and its newest
 * decision time (the end of every `last <n>d` window), read from the derived overview-systems table.
 *
 * @throws {InputError} `unknown system "<name>" (ingested: a, b)` or for an unreadable contract
 */
export function systemFacts(ctx: CheckContext, name: string): Promise<SystemFacts> {
  let systems = opened.get(ctx);
  if (!systems) opened.set(ctx, (systems = new Map()));
  let facts = systems.get(name);
  if (!facts) {
    facts = (async () => {
      const system = await openSystem(ctx.dir, name);
      const [row] = await derivedRows<{last_decision: string | null}>(ctx.db, [system], "overview-systems", ctx);
      return {system, latest: row?.last_decision ?? null};
    })();
    systems.set(name, facts);
  }
  return facts;
}
