import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {FairnessConvention} from "./fairnessConvention.js";

/** What the Fairness page needs to know about each system before it loads the rows. */
export interface FairnessSystemMeta {
  system: string;
  convention: FairnessConvention;
  rows: number;
  labelled: number;
  /** Distinct values per protected attribute, sorted. */
  levels: Record<string, string[]>;
  modelVersions: string[];
  /** The most common threshold (the production default for the what-if), or null. */
  threshold: number | null;
  months: string[];
}

/**
 * What the Fairness page needs to know about one system before it loads the rows: its conventions, counts, protected
 * attribute levels, model versions, months and default threshold, from its PII-free fairness rows (`relation`, the
 * rows of fairnessRowsSql). One small query per item.
 * @example const meta = await fairnessMeta(db, "credit-line", convention, `(${fairnessRowsSql(convention, relations)})`);
 */
export async function fairnessMeta(
  db: Db,
  system: string,
  convention: FairnessConvention,
  relation: string
): Promise<FairnessSystemMeta> {
  const [{rows, labelled}] = await db.all<{rows: number; labelled: number}>(
    `SELECT count(*)::DOUBLE AS rows, count(label_pos)::DOUBLE AS labelled FROM ${relation}`
  );
  const levels: Record<string, string[]> = {};
  for (const p of convention.protected) {
    const values = await db.all<{v: string}>(
      `SELECT DISTINCT ${sqlIdentifier(p)} AS v FROM ${relation} WHERE v IS NOT NULL ORDER BY v`
    );
    levels[p] = values.map((v) => v.v);
  }
  const versions = await db.all<{v: string}>(
    `SELECT DISTINCT model_version AS v FROM ${relation} WHERE v IS NOT NULL ORDER BY v`
  );
  const [mode] = await db.all<{t: number | null}>(
    `SELECT mode(threshold) AS t FROM ${relation} WHERE threshold IS NOT NULL`
  );
  const months = await db.all<{m: string}>(`SELECT DISTINCT strftime(month, '%Y-%m') AS m FROM ${relation} ORDER BY m`);
  return {
    system,
    convention,
    rows,
    labelled,
    levels,
    modelVersions: versions.map((v) => v.v),
    threshold: mode?.t ?? null,
    months: months.map((m) => m.m)
  };
}
