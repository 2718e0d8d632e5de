import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine} from "../engine/Engine.js";
import {partialAggregateSql, type AggregateKey} from "../engine/partialAggregateSql.js";
import {fitReconstructionFromSums, type ReferenceCounts} from "../../src/lib/drift/fitReconstructionFromSums.js";
import type {MultivariateRow} from "../../src/lib/drift/driftView.js";
import {multivariateRows} from "../../src/lib/drift/multivariateRows.js";
import type {MultivariateSource} from "./multivariateSeries.js";
import {referenceWeeks} from "./referenceWeeks.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {timeSql} from "../system/timeSql.js";
import {reconstructionSql} from "./reconstructionSql.js";

/** The decimal every summed term is rounded to: exact sums, in any order, on every engine. */
const EXACT = "DECIMAL(38, 18)";

/**
 * multivariateSeries computed where the rows are, for a PostgreSQL or sharded engine: only sums cross.
 * Multivariate drift per ISO week as NannyML's data reconstruction error: a PCA model is fitted on the reference
 * chunks' rows (fitReconstructionFromSums: imputation, frequency encoding of categories, standardisation, the fewest
 * axes explaining more than 65 % of the variance), each week's mean reconstruction error is computed, and a week
 * drifts when its error lies outside mean ± 3·√(s² + se²), s the standard deviation (ddof 1) of the reference chunks'
 * errors and se the week's sampling error (reconstructionBand). Reference chunks are the whole weeks inside the
 * reference window; a reference chunk is judged against the band of the other reference chunks (leave-one-out), so it
 * is not part of its own baseline. `columns` are the features (not the score). Weeks with fewer than 2 rows are
 * skipped.
 *
 * Everything row-level runs in the engine, where the rows are; only sums cross (on a sharded engine, per shard, merged
 * on the coordinator): the weeks with their rows; over the reference weeks, the rows, each number's sum and count of
 * finite values and each category's rows; Σ(x − mean)² per column; Σz and Σzᵢzⱼ of the standardised columns (the
 * covariance the axes come from); then per week the rows and Σe of every row's reconstruction error e, and Σe² over
 * the reference's rows
 * (reconstructionSql.standardisedRows, evaluated per row by the engine). The week's error is Σe / rows; the reference's
 * row spread is √((Σe² − (Σe)²/n) / (n − 1)) over the reference weeks' rows. Convention: every summed term (a value,
 * a square, a product, a row's error or squared error) is rounded to 1e-18 (a cast to DECIMAL(38, 18)) and summed
 * exactly, so the sums do not depend on the order an engine adds them in (DuckDB's parallel double sums do) and
 * PostgreSQL's NUMERIC sums agree with DuckDB's; a term of magnitude 1e20 or more is refused by the cast.
 * The same rows as multivariateSeries to ≈ 1e-14 relative (its compensated sums against these exact ones: 1.9e-15 at
 * 10M; the squared error as ‖z‖² − ‖projection‖²). The embedded DuckDB keeps multivariateSeries (rows into JS, every
 * sum in row order, compensated): at 1M
 * rows (10 numbers, 5 categories, 7 of 15 axes kept) this path costs 4.1 s of CPU there against 1.8 s, for 8 + c scans
 * (c categorical columns) with decimal sums instead of 2 scans; on an engine it is what keeps the rows on the shards.
 * Returns no row when the reference has fewer than 2 whole weeks or 2 rows, or there are fewer than 2 features.
 *
 * @throws {Error} carrying the SQL when a query fails; `no reference value: <name>` for a number never finite in the
 *   reference
 */
export async function engineMultivariateSeries(
  {db, log}: {db: Db | Engine; log: (message: string) => void},
  {system, relation, time, columns, partition}: MultivariateSource,
  reference: TimeWindow
): Promise<MultivariateRow[]> {
  if (columns.numeric.length + columns.categorical.length < 2) return [];
  const dialect = "dialect" in db ? db.dialect : "duckdb";
  const t = dialect === "duckdb" ? timeSql(time) : sqlIdentifier(time);
  const week: AggregateKey = {name: "week", sql: dialectSql.weekStart(dialect, `CAST(${t} AS DATE)`)};
  /** One GROUP BY (partial per shard): counts as numbers, exact sums of terms rounded to 1e-18 as numbers. */
  const sums = async (
    from: string,
    where: string,
    keys: AggregateKey[],
    measures: {name: string; count?: string; sum?: string}[]
  ): Promise<Record<string, string | number | null>[]> => {
    const sql = partialAggregateSql({
      relation: {from, partition},
      where,
      keys,
      measures: measures.map((m) =>
        m.sum === undefined
          ? {name: m.name, sql: `count(${m.count ?? "*"})`, merge: "sum" as const, type: "BIGINT" as const}
          : {name: m.name, sql: `sum(CAST(${m.sum} AS ${EXACT}))`, merge: "sum" as const, type: EXACT}
      )
    });
    // the exact sums cross as their decimal text (both engines print every digit), read as the nearest double
    const select = [
      ...keys.map((k) => sqlIdentifier(k.name)),
      ...measures.map((m) =>
        m.sum === undefined
          ? `CAST(${sqlIdentifier(m.name)} AS BIGINT) AS ${sqlIdentifier(m.name)}`
          : `CAST(${sqlIdentifier(m.name)} AS VARCHAR) AS ${sqlIdentifier(m.name)}`
      )
    ];
    const order = keys.length ? ` ORDER BY ${keys.map((_, i) => i + 1).join(", ")}` : "";
    const rows = await db.all<Record<string, string | number | null>>(
      `SELECT ${select.join(", ")} FROM (${sql}) AS "__sums"${order}`
    );
    return rows.map((r) => {
      const out: Record<string, string | number | null> = {...r};
      for (const m of measures) out[m.name] = r[m.name] === null ? 0 : Number(r[m.name]);
      return out;
    });
  };
  const timed = `${t} IS NOT NULL`;
  const weeks = (await sums(relation, timed, [week], [{name: "n"}])).map((r) => r.week as string);
  const refWeeks = referenceWeeks(weeks, reference);
  if (refWeeks.length < 2) return [];
  const inReference = `${timed} AND ${week.sql} IN (${refWeeks.map((w) => `CAST('${w}' AS DATE)`).join(", ")})`;
  const finite = columns.numeric.map(reconstructionSql.finite);
  const [head] = await sums(
    relation,
    inReference,
    [],
    [
      {name: "rows"},
      ...finite.flatMap((x, j) => [
        {name: `s${j}`, sum: x},
        {name: `n${j}`, count: x}
      ])
    ]
  );
  if ((head.rows as number) < 2) return [];
  // one query at a time (a PostgreSQL connection runs one)
  const categorical: ReferenceCounts["categorical"] = [];
  for (const name of columns.categorical) {
    const key = {name: "category", sql: reconstructionSql.category(name)};
    const rows = await sums(relation, inReference, [key], [{name: "n"}]);
    categorical.push({name, counts: new Map(rows.map((r) => [r.category as string | null, r.n as number]))});
  }
  const d = columns.numeric.length + columns.categorical.length;
  const model = await fitReconstructionFromSums(
    {
      rows: head.rows as number,
      numeric: columns.numeric.map((name, j) => ({name, sum: head[`s${j}`] as number, count: head[`n${j}`] as number})),
      categorical
    },
    {
      async deviations(encoding) {
        const x = reconstructionSql.encoded(encoding, columns);
        const measures = x.map((xj, j) => ({
          name: `d${j}`,
          sum: `power(${xj} - CAST('${encoding.mean[j]}' AS DOUBLE PRECISION), 2)`
        }));
        const [row] = await sums(relation, inReference, [], measures);
        return measures.map((m) => row[m.name] as number);
      },
      async products(model) {
        const rows = reconstructionSql.standardisedRows(model, columns, relation);
        const z = Array.from({length: d}, (_, j) => `"__z${j}"`);
        const pairs: {name: string; sum: string}[] = [];
        for (let i = 0; i < d; ++i)
          for (let j = i; j < d; ++j) pairs.push({name: `p${i}_${j}`, sum: `${z[i]} * ${z[j]}`});
        const [row] = await sums(rows, inReference, [], [...z.map((zj, j) => ({name: `z${j}`, sum: zj})), ...pairs]);
        return {z: z.map((_, j) => row[`z${j}`] as number), zz: pairs.map((p) => row[p.name] as number)};
      }
    }
  );
  log(
    `multivariate ${system}: ${model.components.length} of ${model.columns.length} components explain ${(model.kept * 100).toFixed(1)} %`
  );
  // one sum a query: the error is a large expression, and PostgreSQL's planner, costing it once per use, keeps two
  // sums of it on the coordinator (the rows would cross) where it sends one to the shards
  const errorRows = reconstructionSql.standardisedRows(model, columns, relation);
  const perWeek = await sums(errorRows, timed, [week], [{name: "rows"}, {name: "e", sum: `sqrt("__e2")`}]);
  const [{e2}] = await sums(errorRows, inReference, [], [{name: "e2", sum: `"__e2"`}]);
  const scored = new Map(perWeek.filter((r) => (r.rows as number) >= 2).map((r) => [r.week as string, r]));
  // the reference's row spread: over the reference weeks' rows (every one, as rowErrors took them)
  let n = 0;
  let e = 0;
  for (const r of perWeek)
    if (refWeeks.includes(r.week as string)) {
      n += r.rows as number;
      e += r.e as number;
    }
  const rowStd = n > 1 ? Math.sqrt(Math.max((e2 as number) - (e * e) / n, 0) / (n - 1)) : 0;
  const weeksScored = [...scored].map(([week, r]) => ({
    week,
    rows: r.rows as number,
    error: (r.e as number) / (r.rows as number)
  }));
  return multivariateRows(system, weeksScored, refWeeks, rowStd, model);
}
