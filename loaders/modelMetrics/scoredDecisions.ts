import type {ScoredDecision} from "../../src/lib/models/modelMetrics.js";
import {ROLES} from "../../src/lib/models/scoredColumns.js";
import type {Registry} from "../../src/lib/replay/modelEntry.js";
import type {Db} from "../db/openDb.js";
import type {System} from "../system/System.js";
import {scoredDecisionColumns} from "./scoredDecisionColumns.js";

/** The scored decisions of one model version, with its protected attributes column by column. */
export interface VersionDecisions {
  /** name@version */
  model: string;
  rows: ScoredDecision[];
  /** Protected attribute → value per row (aligned with rows). */
  groups: Record<string, (string | null)[]>;
}

/** Every model version's scored decisions of one system, as of its last decision. */
export interface SystemDecisions {
  system: string;
  /** The last decided_at of the system (ISO 8601 UTC): outcomes observed later do not count. */
  as_of: string;
  /** The contract's protected attributes, in contract order. */
  protected: string[];
  versions: VersionDecisions[];
}

/**
 * Reads one ingested system (its decisions and, if ingested, outcomes relations) as the decisions each
 * model version scored: the production model's logged `score` with the logged `threshold`, and the shadow model's
 * `shadow_score` with the registry's threshold in force that day (policyAt), rule-decided rows included (the
 * model scored them). As of = the system's last `decided_at`: an outcome counts (label = the contract's outcome
 * label, true = bad) only if `observed_at` ≤ as of, otherwise the label is null. Reads the contract's protected
 * attributes, no PII. Versions sorted by name@version, rows by decision id (on DuckDB; on another engine by day,
 * score and the other columns: scoredCountsSql). The rows of scoredDecisionColumns, as objects: for tests and small
 * logs (the model tables compute on the columns).
 *
 * @throws {InputError} for unreadable files, a contract without an outcome label, no decisions, or a shadow model
 *   that is not in the registry
 * @example
 * const {as_of, versions} = await scoredDecisions({system: await openSystem("data/.work", "credit-line"), registry}, {db});
 */
export async function scoredDecisions(
  {system, registry}: {system: System; registry: Registry},
  {db}: {db: Db}
): Promise<SystemDecisions> {
  const read = await scoredDecisionColumns({system, registry}, {db});
  return {
    ...read,
    versions: read.versions.map(({model, columns: c, groups}) => ({
      model,
      rows: Array.from(c.score, (score, i) => ({
        day: c.days[c.day[i]],
        score,
        threshold: c.threshold[i],
        label: c.label[i] < 0 ? null : c.label[i] === 1,
        role: ROLES[c.role[i]]
      })),
      groups: Object.fromEntries(
        Object.entries(groups).map(([name, {codes, levels}]) => [
          name,
          Array.from(codes, (code) => (code < 0 ? null : levels[code]))
        ])
      )
    }))
  };
}
