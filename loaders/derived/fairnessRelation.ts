import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {fairnessConvention, type FairnessConvention} from "../fairness/fairnessConvention.js";
import type {System} from "../system/System.js";
import {derivedFile} from "./derivedSql.js";
import {freshDerived} from "./freshDerived.js";

/**
 * A system's PII-free fairness rows as a relation, the derived fairness-rows table (refreshed first when stale),
 * with its column types and the system's fairness conventions: what `workbench fairness --system` and the fairness
 * and performance alerts review, the rows the Fairness page slices.
 *
 * @throws {InputError} when the contract lacks a role the review needs
 * @example const {relation, columns, convention} = await fairnessRelation(db, system, {log});
 */
export async function fairnessRelation(
  db: Db,
  system: System,
  {log}: {log: (message: string) => void}
): Promise<{convention: FairnessConvention; relation: string; columns: Map<string, string>}> {
  const convention = fairnessConvention(system);
  await freshDerived([system], {log});
  const relation = `read_parquet(${sqlLiteral(derivedFile(system.paths, "fairness-rows"))})`;
  const described = await db.all<{column_name: string; column_type: string}>(`DESCRIBE SELECT * FROM ${relation}`);
  return {convention, relation, columns: new Map(described.map((d) => [d.column_name, d.column_type]))};
}
