import type {Factor} from "../../src/lib/fairness/encodeFactor.js";
import type {ScoredColumns} from "../../src/lib/models/scoredColumns.js";
import type {Registry} from "../../src/lib/replay/modelEntry.js";
import {policyAt} from "../../src/lib/replay/policyAt.js";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import {engineBatches} from "../engine/engineBatches.js";
import {numericChunks} from "../engine/numericChunks.js";
import {extremeText} from "../engine/extremeText.js";
import {postgresTimestamp} from "../engine/postgresValue.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {needRole} from "../system/needRole.js";
import {scoredCountsSql} from "./scoredCountsSql.js";
import type {System} from "../system/System.js";

/** The scored decisions of one model version as typed columns, with its protected attributes encoded. */
export interface VersionColumns {
  /** name@version */
  model: string;
  columns: ScoredColumns;
  /** Protected attribute → its values as codes into the levels this version's rows have (encodeFactor's form). */
  groups: Record<string, Factor>;
}

/** Every model version's scored decisions of one system, as of its last decision, column by column. */
export interface SystemColumns {
  system: string;
  /** The last decided_at of the system (ISO 8601 UTC): outcomes observed later do not count. */
  as_of: string;
  /** The contract's protected attributes, in contract order. */
  protected: string[];
  versions: VersionColumns[];
}

/**
 * scoredDecisions' rows as typed columns, never one JS object per decision: on DuckDB one query whose columns are all
 * numbers (model, day, role and group values as codes, the label as 1/0/−1) read chunk by chunk from DuckDB's vectors
 * (Db.numericChunks), in the order (model, decision id, role); on another engine as counts of identical rows
 * (scoredCountsSql: a GROUP BY the shards compute), each group expanded into its count of rows as they arrive, in the
 * order of the group key. The same multiset of rows per model, the same values: a null threshold is the registry's
 * threshold in force that day (policyAt), a label counts only if observed by the as-of time. Every statistic the model
 * tables compute depends on the multiset only, except the order in which floating sums add. Memory: about 30 bytes a
 * decision.
 *
 * @throws {InputError} for unreadable files, a contract without an outcome label, no decisions, or a model that
 *   scored with a null threshold and is not in the registry
 * @example
 * const {versions} = await scoredDecisionColumns({system: await openSystem("data/.work", "credit-line"), registry}, {db});
 */
export async function scoredDecisionColumns(
  {system: opened, registry}: {system: System; registry: Registry},
  {db}: {db: Db}
): Promise<SystemColumns> {
  const system = opened.name;
  const label = needRole(opened, "outcome").label;
  const protectedColumns = opened.contract.schema[0].properties
    .filter((p) => p.classification === "protected")
    .map((p) => p.name);
  let read: Read;
  try {
    read =
      "dialect" in db && db.dialect !== "duckdb"
        ? await engineRead(db as Engine, opened, label, protectedColumns)
        : await duckdbRead(db, opened, label, protectedColumns);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `cannot read scored decisions: ${(error as Error).message.split("\n")[0]}`,
      {file: opened.paths.dir},
      {cause: error}
    );
  }
  if (read.asOf === null) throw new InputError(`no decisions of system ${system}`, {file: opened.paths.decisions});
  const {rows} = read;
  const n = rows.size;
  const modelCode = rows.model.done(n);
  const versions: VersionColumns[] = [];
  const day = rows.day.done(n);
  const score = rows.score.done(n);
  const threshold = rows.threshold.done(n);
  const noThreshold = rows.noThreshold.done(n);
  const labels = rows.label.done(n);
  const role = rows.role.done(n);
  const groupCodes = rows.groups.map((g) => g.done(n));
  for (let start = 0; start < n;) {
    const code = modelCode[start];
    let end = start;
    while (end < n && modelCode[end] === code) ++end;
    const model = read.models[code];
    if (versions.some((v) => v.model === model)) throw new Error(`scored decisions of ${model} not contiguous`);
    const at = (column: Int32Array) => column.subarray(start, end);
    const thresholds = threshold.subarray(start, end);
    const missing = noThreshold.subarray(start, end);
    const days = at(day);
    if (missing.includes(1)) {
      const entry = registry.models.find((m) => `${m.name}@${m.version}` === model);
      if (!entry)
        throw new InputError(`model ${model} scored decisions but is not in the registry`, {
          file: opened.paths.decisions
        });
      const inForce = new Map<number, number>();
      for (let i = 0; i < thresholds.length; ++i) {
        if (!missing[i]) continue;
        let t = inForce.get(days[i]);
        if (t === undefined) inForce.set(days[i], (t = policyAt(entry.decision, read.days[days[i]]).threshold));
        thresholds[i] = t;
      }
    }
    versions.push({
      model,
      columns: {
        score: score.subarray(start, end),
        threshold: thresholds,
        label: labels.subarray(start, end),
        day: days,
        days: read.days,
        role: role.subarray(start, end)
      },
      groups: Object.fromEntries(protectedColumns.map((c, k) => [c, presentLevels(at(groupCodes[k]), read.levels[k])]))
    });
    start = end;
  }
  return {system, as_of: read.asOf, protected: protectedColumns, versions};
}

/** The rows as read: columns of codes, with the values the codes stand for. */
interface Read {
  asOf: string | null;
  models: string[];
  /** Distinct and ascending. */
  days: string[];
  /** Per protected column, its distinct values, ascending (code-unit order). */
  levels: string[][];
  rows: Rows;
}

interface Rows {
  size: number;
  model: Grow<Int32Array>;
  day: Grow<Int32Array>;
  score: Grow<Float64Array>;
  threshold: Grow<Float64Array>;
  noThreshold: Grow<Uint8Array>;
  label: Grow<Int8Array>;
  role: Grow<Uint8Array>;
  groups: Grow<Int32Array>[];
}

/** Empty columns with room for `capacity` rows (they grow past it). */
function newRows(groups: number, capacity = 1024): Rows {
  return {
    size: 0,
    model: grow(Int32Array, capacity),
    day: grow(Int32Array, capacity),
    score: grow(Float64Array, capacity),
    threshold: grow(Float64Array, capacity),
    noThreshold: grow(Uint8Array, capacity),
    label: grow(Int8Array, capacity),
    role: grow(Uint8Array, capacity),
    groups: Array.from({length: groups}, () => grow(Int32Array, capacity))
  };
}

type Typed = Int32Array | Float64Array | Uint8Array | Int8Array;

/** A typed column that grows by doubling. */
interface Grow<T extends Typed> {
  /** Room for `size` values; returns the array to write into (valid until the next call). */
  reserve(size: number): T;
  /** The first `size` values (a view, no copy once the capacity fits). */
  done(size: number): T;
}

function grow<T extends Typed>(Type: new (n: number) => T, capacity: number): Grow<T> {
  let data = new Type(Math.max(1, capacity));
  return {
    reserve(size) {
      if (size > data.length) {
        const bigger = new Type(Math.max(size, data.length * 2));
        bigger.set(data as never);
        data = bigger;
      }
      return data;
    },
    done(size) {
      return data.subarray(0, size) as T;
    }
  };
}

/** The production and the shadow model's scored rows of the relation `d`, for SQL. */
const SCORED = [
  {role: 0, prefix: "", threshold: "d.threshold"},
  {role: 1, prefix: "shadow_", threshold: "NULL::DOUBLE"}
].map(({role, prefix, threshold}) => ({
  role,
  model: `d.${prefix}model_name || '@' || d.${prefix}model_version`,
  where: `d.${prefix}model_name IS NOT NULL AND d.${prefix}score IS NOT NULL`,
  score: `d.${prefix}score`,
  threshold
}));

/** DuckDB: one numeric query, read chunk by chunk from its vectors; text as codes into lists fetched first. */
async function duckdbRead(db: Db, opened: System, label: string, protectedColumns: string[]): Promise<Read> {
  const system = sqlLiteral(opened.name);
  const {outcomes} = opened.relations;
  const outcomeRelation = outcomes
    ? `SELECT decision_id, ${sqlIdentifier(label)} AS label FROM ${outcomes}, cutoff
       WHERE observed_at <= cutoff.t`
    : "SELECT NULL::VARCHAR AS decision_id, NULL::BOOLEAN AS label WHERE false";
  const d = `d AS (SELECT * FROM ${opened.relation} WHERE system = ${system})`;
  const models = (
    await db.all<{model: string}>(
      `WITH ${d} SELECT DISTINCT model FROM (${SCORED.map(
        (s) => `SELECT ${s.model} AS model FROM d WHERE ${s.where}`
      ).join(" UNION ALL ")}) ORDER BY model`
    )
  ).map((r) => r.model);
  const levels: string[][] = [];
  for (const c of protectedColumns) {
    const values = await db.all<{v: string}>(
      `WITH ${d} SELECT DISTINCT CAST(${sqlIdentifier(c)} AS VARCHAR) AS v FROM d WHERE ${sqlIdentifier(c)} IS NOT NULL`
    );
    levels.push(values.map((r) => r.v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  const list = (values: string[]) => `CAST([${values.map(sqlLiteral).join(", ")}] AS VARCHAR[])`;
  const groups = protectedColumns.map(
    (c, k) => `coalesce(list_position(${list(levels[k])}, CAST(d.${sqlIdentifier(c)} AS VARCHAR)), 0) - 1 AS g${k}`
  );
  const select = (s: (typeof SCORED)[number]) =>
    `SELECT ${s.role} AS role, ${s.model} AS model, d.decision_id,
      list_position(${list(models)}, ${s.model}) - 1 AS model_code,
      date_diff('day', DATE '1970-01-01', CAST(d.decided_at AS DATE)) AS day, CAST(${s.score} AS DOUBLE) AS score,
      coalesce(CAST(${s.threshold} AS DOUBLE), 0) AS threshold, CAST(${s.threshold} IS NULL AS INTEGER) AS no_threshold,
      CASE WHEN o.label THEN 1 WHEN NOT o.label THEN 0 ELSE -1 END AS label${groups.length ? `, ${groups.join(", ")}` : ""}
    FROM d LEFT JOIN o USING (decision_id)
    WHERE ${s.where}`;
  const sql = `WITH ${d},
  cutoff AS (SELECT max(decided_at) AS t FROM d),
  o AS (${outcomeRelation})
SELECT model_code, day, score, threshold, no_threshold, label, role${groups.map((_, k) => `, g${k}`).join("")}
FROM (${SCORED.map(select).join("\n  UNION ALL ")})
ORDER BY model, decision_id, role`;
  const [{rows: count}] = await db.all<{rows: number}>( // the exact size: no column grows by doubling
    `WITH ${d} SELECT ${SCORED.map((s) => `count(*) FILTER (WHERE ${s.where})`).join(" + ")} AS rows FROM d`
  );
  const rows = newRows(protectedColumns.length, Number(count));
  let minDay = Infinity;
  let maxDay = -Infinity;
  for await (const [model, day, score, threshold, noThreshold, labels, role, ...g] of numericChunks(db, sql)) {
    const at = rows.size;
    const size = at + model.length;
    copy(rows.model.reserve(size), model, at);
    copy(rows.day.reserve(size), day, at);
    rows.score.reserve(size).set(score, at);
    rows.threshold.reserve(size).set(threshold, at);
    copy(rows.noThreshold.reserve(size), noThreshold, at);
    copy(rows.label.reserve(size), labels, at);
    copy(rows.role.reserve(size), role, at);
    g.forEach((codes, k) => copy(rows.groups[k].reserve(size), codes, at));
    for (let i = 0; i < day.length; ++i) {
      if (day[i] < minDay) minDay = day[i];
      if (day[i] > maxDay) maxDay = day[i];
    }
    rows.size = size;
  }
  // days since 1970 → codes into the days present, ascending
  const day = rows.day.done(rows.size);
  const days: string[] = [];
  if (rows.size) {
    const rank = new Int32Array(maxDay - minDay + 1).fill(-1);
    for (let i = 0; i < day.length; ++i) rank[day[i] - minDay] = 0;
    for (let e = 0; e < rank.length; ++e)
      if (rank[e] === 0) {
        rank[e] = days.length;
        days.push(new Date((minDay + e) * 86_400_000).toISOString().slice(0, 10));
      }
    for (let i = 0; i < day.length; ++i) day[i] = rank[day[i] - minDay];
  }
  const [{as_of: asOf}] = await db.all<{as_of: string | null}>(
    `SELECT max(decided_at) AS as_of FROM ${opened.relation} WHERE system = ${system}`
  );
  return {asOf, models, days, levels, rows};
}

function copy(into: Typed, from: Float64Array, at: number): void {
  for (let i = 0; i < from.length; ++i) into[at + i] = from[i];
}

/**
 * Another engine: the last decision first (a partial max the shards compute), then the scored rows, a label only when
 * observed by then, as counts of identical rows (scoredCountsSql): per role, one GROUP BY over every column the
 * statistics read (model name and version, day, score, threshold, label, protected values) with count(*), computed
 * on the shards (decisions joined to their outcomes there), ordered by the whole key (one order, whatever the shard
 * layout or the rows' order). Each group becomes `n` identical entries of the columns, so the statistics see the
 * same multiset of rows the DuckDB read gives, in another order (their floating sums may differ in the last bits:
 * within 1.1e-13 relative on the sample). Fewer rows cross than are scored only where rows repeat: with 6-decimal
 * scores nearly every (day, score) is distinct, so at 1M decisions 1,282,632 groups cross for 1,282,909 scored rows
 * (docs/scale.md, "model-metrics from counts"). Read batch by batch through a cursor (engineBatches), each batch
 * coded into the columns before the next is fetched. Not for chunks of a fixed number of rows, which depend on the
 * rows' order within a day (`workbench models --chunk-size` reads with the embedded DuckDB).
 */
async function engineRead(engine: Engine, system: System, label: string, protectedColumns: string[]): Promise<Read> {
  const partition = system.partition ? {partition: system.partition} : {};
  const mine = `system = ${sqlLiteral(system.name)}`;
  const rows = newRows(protectedColumns.length);
  const empty = {models: [], days: [], levels: protectedColumns.map(() => []), rows};
  const last = await extremeText("max", {engine, from: system.relation, ...partition}, "decided_at", mine);
  if (last === null) return {asOf: null, ...empty};
  const sql = scoredCountsSql(system, label, protectedColumns, last);
  const models = dictionary();
  const days = dictionary();
  const values = protectedColumns.map(() => dictionary());
  for await (const batch of engineBatches<Record<string, unknown>>(engine, sql)) {
    let size = rows.size;
    for (const r of batch) size += Number(r.n);
    const [model, day, score, threshold, noThreshold, labels, role] = [
      rows.model.reserve(size),
      rows.day.reserve(size),
      rows.score.reserve(size),
      rows.threshold.reserve(size),
      rows.noThreshold.reserve(size),
      rows.label.reserve(size),
      rows.role.reserve(size)
    ];
    const g = rows.groups.map((c) => c.reserve(size));
    let at = rows.size;
    for (const r of batch) {
      const to = at + Number(r.n); // the group's rows: [at, to)
      model.fill(models.code(`${String(r.model_name)}@${String(r.model_version)}`), at, to);
      day.fill(days.code(String(r.day)), at, to);
      score.fill(r.score as number, at, to);
      noThreshold.fill(r.threshold === null ? 1 : 0, at, to);
      threshold.fill(r.threshold === null ? 0 : (r.threshold as number), at, to);
      labels.fill(r.label === null ? -1 : r.label ? 1 : 0, at, to);
      role.fill(Number(r.role), at, to);
      g.forEach((codes, c) => codes.fill(r[`g${c}`] === null ? -1 : values[c].code(String(r[`g${c}`])), at, to));
      at = to;
    }
    rows.size = size;
  }
  // model codes stay in order of appearance (the rows' order); day and group codes become ranks of sorted values
  const dayList = days.sorted(rows.day.done(rows.size));
  const levels = values.map((v, c) => v.sorted(rows.groups[c].done(rows.size)));
  return {asOf: postgresTimestamp(last), models: models.values, days: dayList, levels, rows};
}

/** Text values coded in order of first appearance; `sorted` recodes a column to ranks of the sorted values. */
function dictionary() {
  const index = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    code(v: string): number {
      let c = index.get(v);
      if (c === undefined) {
        index.set(v, (c = values.length));
        values.push(v);
      }
      return c;
    },
    sorted(codes: Int32Array): string[] {
      const order = values
        .map((_, c) => c)
        .sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
      const rank = new Int32Array(values.length);
      order.forEach((c, r) => (rank[c] = r));
      for (let i = 0; i < codes.length; ++i) if (codes[i] >= 0) codes[i] = rank[codes[i]];
      return order.map((c) => values[c]);
    }
  };
}

/** Codes into `levels` recoded, in place, into the levels that occur (encodeFactor's factor of the same values). */
function presentLevels(codes: Int32Array, levels: readonly string[]): Factor {
  const seen = new Uint8Array(levels.length);
  for (let i = 0; i < codes.length; ++i) if (codes[i] >= 0) seen[codes[i]] = 1;
  const rank = new Int32Array(levels.length).fill(-1);
  const present: string[] = [];
  levels.forEach((level, k) => {
    if (seen[k]) {
      rank[k] = present.length;
      present.push(level);
    }
  });
  for (let i = 0; i < codes.length; ++i) if (codes[i] >= 0) codes[i] = rank[codes[i]]; // in place: no copy
  return {codes, levels: present};
}
