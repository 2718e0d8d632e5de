import type {ScoreDirection} from "./confusionCurve.js";

/** One re-slice of the row-level fairness table (see loaders/fairness/fairnessRowsSql.ts for its columns). */
export interface SliceSpec {
  /** The table name in DuckDB (e.g. "rows"). */
  table: string;
  /** Protected attribute columns; several = their intersection (see sliceGroupKey). */
  attributes: string[];
  /** What counts as a positive prediction: the final decision, the model's decision, or score vs a threshold. */
  prediction: "final" | "model" | {threshold: number; direction: ScoreDirection};
  /** First and last month, inclusive ("YYYY-MM"); omitted = open. */
  from?: string;
  to?: string;
  /** Only this model version; null = only rows without a model (manual decisions); undefined = all rows. */
  modelVersion?: string | null;
}

const id = (name: string) => `"${name.replace(/"/g, '""')}"`;
const str = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The attribute columns as a0, a1, … (shared by sliceSql and scoreHistogramSql). */
export function attributeColumnsSql(attributes: readonly string[]): string {
  if (!attributes.length) throw new Error("sliceSql requires at least one attribute");
  return attributes.map((a, i) => `${id(a)}::VARCHAR AS a${i}`).join(", ");
}

/** The SQL WHERE clause of a slice's filters (shared by sliceSql and scoreHistogramSql); "TRUE" when none. */
export function sliceWhereSql(spec: Pick<SliceSpec, "from" | "to" | "modelVersion">): string {
  const month = /^\d{4}-\d{2}$/;
  const where: string[] = [];
  for (const [bound, op] of [
    [spec.from, ">="],
    [spec.to, "<="]
  ] as const) {
    if (bound === undefined) continue;
    if (!month.test(bound)) throw new Error(`invalid month: ${bound}`);
    where.push(`month ${op} DATE '${bound}-01'`);
  }
  if (spec.modelVersion === null) where.push("model_version IS NULL");
  else if (spec.modelVersion !== undefined) where.push(`model_version = ${str(spec.modelVersion)}`);
  return where.length ? where.join(" AND ") : "TRUE";
}

/**
 * SQL for one re-slice in DuckDB (in the browser, DuckDB-wasm; in tests, DuckDB in Node): a single hash
 * aggregate, `count(*)` by the raw keys — the attributes (a0, a1, …), month, the chosen prediction `p` (null
 * when a threshold is chosen and the score is null), the model's decision `mp`, the final decision `f`, the
 * favourable label `y` (null = unknown), `reviewed`, `overridden` — so the per-row work is hashing a few
 * columns; analyzeSlice sums the few hundred result rows into confusion cells in JS. (Computing 20 `count_if`
 * aggregates with GROUPING SETS per row was 4–7× slower in DuckDB.) `month` is returned as "YYYY-MM" text
 * (converted after aggregating) and `n` as DOUBLE.
 * @throws {Error} on no attribute, an invalid month or threshold
 * @example analyzeSlice(await db.query(sliceSql({table: "rows", attributes: ["ethnicity"], prediction: "final"})));
 */
export function sliceSql(spec: SliceSpec): string {
  const p = spec.prediction;
  let pred: string;
  if (p === "final") pred = "final_pos";
  else if (p === "model") pred = "model_pos";
  else {
    if (!(p.threshold >= 0 && p.threshold <= 1)) throw new Error(`invalid threshold: ${p.threshold}`);
    pred = `(score ${p.direction === "lower" ? "<" : ">="} ${p.threshold})`;
  }
  return `SELECT * REPLACE (strftime(month, '%Y-%m') AS month) FROM (
  SELECT ${attributeColumnsSql(spec.attributes)}, month, ${pred} AS p, model_pos AS mp, final_pos AS f,
    label_pos AS y, reviewed, overridden, count(*)::DOUBLE AS n
  FROM ${id(spec.table)}
  WHERE ${sliceWhereSql(spec)}
  GROUP BY ALL
)`;
}
