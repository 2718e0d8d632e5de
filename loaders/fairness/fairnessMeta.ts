import type {Db} from "../db/openDb.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {System} from "../system/System.js";
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

/**
 * fairnessMeta on another engine, from the system's decisions (with outcomes: System.relations.labelled) directly, so
 * a sharded engine counts on its shards (partialAggregateSql): the counts, each protected attribute's and the model
 * version's distinct values, the threshold's counts (its most common value; a tie goes to the smallest) and the months.
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function engineFairnessMeta(
  engine: Engine,
  system: Pick<System, "name" | "relation" | "relations" | "partition">,
  convention: FairnessConvention
): Promise<FairnessSystemMeta> {
  const labelled = system.relations.outcomes ? system.relations.labelled : undefined;
  if (system.relations.outcomes && !labelled) throw new Error("engineFairnessMeta: no labelled relation");
  const relation = {from: labelled ?? system.relation, ...(system.partition ? {partition: system.partition} : {})};
  const n = {name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"} as const;
  const distinct = async (column: string) =>
    (
      await engine.all<{v: string}>(
        partialAggregateSql({
          relation,
          where: `${column} IS NOT NULL`,
          keys: [{name: "v", sql: `CAST(${column} AS VARCHAR)`}],
          measures: [n]
        })
      )
    ).map((r) => r.v);
  const label = labelled ? sqlIdentifier(convention.label.column) : "NULL";
  const [counts] = await engine.all<{rows: number; labelled: number}>(
    partialAggregateSql({
      relation,
      keys: [],
      measures: [
        {name: "rows", sql: "count(*)", merge: "sum", type: "BIGINT"},
        {name: "labelled", sql: `count(${label})`, merge: "sum", type: "BIGINT"}
      ]
    })
  );
  const levels: Record<string, string[]> = {};
  for (const p of convention.protected) levels[p] = await distinct(sqlIdentifier(p));
  const thresholds = convention.threshold
    ? await engine.all<{t: number; n: number}>(
        partialAggregateSql({
          relation,
          where: `${sqlIdentifier(convention.threshold)} IS NOT NULL`,
          keys: [{name: "t", sql: `CAST(${sqlIdentifier(convention.threshold)} AS DOUBLE PRECISION)`}],
          measures: [n]
        })
      )
    : [];
  const mode = thresholds.reduce<{t: number; n: number} | null>((m, r) => (!m || r.n > m.n ? r : m), null);
  const months = await engine.all<{m: string}>(
    partialAggregateSql({
      relation,
      where: `${sqlIdentifier(convention.time)} IS NOT NULL`,
      keys: [
        {
          name: "m",
          sql: `CAST(${sqlIdentifier(convention.time)} AS DATE)`,
          merge: (day) => `CAST(${dialectSql.monthStart(engine.dialect, day)} AS VARCHAR)`
        }
      ],
      measures: [n]
    })
  );
  return {
    system: system.name,
    convention,
    rows: counts.rows,
    labelled: counts.labelled,
    levels,
    modelVersions: convention.modelVersion ? await distinct(sqlIdentifier(convention.modelVersion)) : [],
    threshold: mode?.t ?? null,
    months: months.map((m) => m.m.slice(0, 7))
  };
}
