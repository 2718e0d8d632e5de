import type {Db} from "../db/openDb.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {objectRelation} from "../system/objectRelation.js";
import type {System} from "../system/System.js";
import type {LabelRow} from "../../src/lib/drift/driftView.js";
import {labelDrift} from "../../src/lib/drift/labelDrift.js";
import type {TimeWindow} from "../system/parseWindow.js";

/**
 * Label drift per ISO week of the decision: decisions are joined to their outcomes on the outcome object's key; the
 * rate of the label (`customProperties.outcomeLabel`, true = the adverse outcome) among the week's labelled decisions
 * is tested against the reference window's rate (labelDrift: chi-square, p < 0.01). Weeks without a labelled
 * decision are left out (recent weeks: outcomes arrive up to maxLabelDelayDays later; the share labelled is
 * reported so a partly labelled week can be read with care). No row when the system has no outcome object or the
 * reference has no labelled decision.
 *
 * @throws {Error} carrying the SQL when the query fails
 */
export async function labelSeries(db: Db, system: System, reference: TimeWindow): Promise<LabelRow[]> {
  const {time, outcome} = system.roles;
  const outcomes = outcome && objectRelation(system, outcome.object);
  if (!outcome || !outcomes || outcome.key.length === 0 || !time) return [];
  const {key, label} = outcome;
  const t = `d.${sqlIdentifier(time)}`;
  const on = key.map((k) => `d.${sqlIdentifier(k)} = o.${sqlIdentifier(k)}`).join(" AND ");
  const found = `o.${sqlIdentifier(key[0])} IS NOT NULL`;
  const bound = (s: string) => `CAST(${sqlLiteral(s)} AS TIMESTAMPTZ)::TIMESTAMP`;
  const engine = "dialect" in db && db.dialect !== "duckdb" ? (db as Engine) : undefined;
  const {counts, ref} = engine
    ? await engineCounts(engine, system, reference)
    : {
        counts: await db.all<{week: string; decisions: number; labelled: number; positive: number}>(
          `SELECT strftime(date_trunc('week', ${t}), '%Y-%m-%d') AS week, count(*)::INTEGER AS decisions,
       count_if(${found})::INTEGER AS labelled, count_if(o.${sqlIdentifier(label)})::INTEGER AS positive
     FROM ${system.relation} d LEFT JOIN ${outcomes} o ON ${on}
     WHERE ${t} IS NOT NULL
     GROUP BY 1 ORDER BY 1`
        ),
        ref: (
          await db.all<{labelled: number; positive: number}>(
            `SELECT count_if(${found})::INTEGER AS labelled, count_if(o.${sqlIdentifier(label)})::INTEGER AS positive
     FROM ${system.relation} d LEFT JOIN ${outcomes} o ON ${on}
     WHERE ${t} >= ${bound(reference.from)} AND ${t} < ${bound(reference.to)}`
          )
        )[0]
      };
  if (ref.labelled === 0) return [];
  return counts
    .filter((c) => c.labelled > 0)
    .map((c) => {
      const d = labelDrift(ref, c);
      return {
        system: system.roles.system,
        window_start: c.week,
        label,
        decisions: c.decisions,
        labelled: c.labelled,
        positive: c.positive,
        reference_rate: d.reference_rate,
        current_rate: d.current_rate,
        difference: d.difference,
        chi2: d.chi2.statistic,
        pvalue: d.chi2.pvalue,
        drifted: d.drifted,
        alpha: d.alpha
      };
    });
}

/**
 * labelSeries' counts on another engine: from the decisions with outcomes (System.relations.labelled, a view on each
 * shard of a sharded engine), counted per week and in the reference window on the shards (partialAggregateSql).
 */
async function engineCounts(engine: Engine, system: System, reference: TimeWindow) {
  const labelled = system.relations.labelled;
  if (!labelled) throw new Error(`labelSeries: ${system.name} has no labelled relation on ${engine.name}`);
  const relation = {from: labelled, ...(system.partition ? {partition: system.partition} : {})};
  const t = sqlIdentifier(system.roles.time!);
  const label = sqlIdentifier(system.roles.outcome!.label);
  const count = (name: string, filter?: string) =>
    ({name, sql: `count(*)${filter ? ` FILTER (WHERE ${filter})` : ""}`, merge: "sum", type: "BIGINT"}) as const;
  const measures = [count("labelled", `"_labelled"`), count("positive", `${label} = true`)];
  const counts = await engine.all<{week: string; decisions: number; labelled: number; positive: number}>(
    partialAggregateSql({
      relation,
      where: `${t} IS NOT NULL`,
      keys: [{name: "week", sql: dialectSql.weekStart(engine.dialect, `CAST(${t} AS DATE)`)}],
      measures: [count("decisions"), ...measures]
    })
  );
  const [ref] = await engine.all<{labelled: number; positive: number}>(
    partialAggregateSql({
      relation,
      where: `${t} >= ${dialectSql.timestamp(engine.dialect, reference.from)} AND ${t} < ${dialectSql.timestamp(engine.dialect, reference.to)}`,
      keys: [],
      measures
    })
  );
  return {counts, ref: ref ?? {labelled: 0, positive: 0}};
}
