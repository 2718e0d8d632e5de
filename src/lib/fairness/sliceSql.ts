import type {ScoreDirection} from "./confusionCurve.js";

/** One re-slice of the row-level fairness table (see loaders/fairness/fairnessRowsSql.ts for its columns). */
export interface SliceSpec {
  /** The table name in DuckDB (e.g. "rows"). */
  table: string;
  /** Protected attribute columns; several = their intersection, joined by " × ". */
  attributes: string[];
  /** What counts as a positive prediction: the final decision, the model's decision, or score vs a threshold. */
  prediction: "final" | "model" | {threshold: number; direction: ScoreDirection};
  /** First and last month, inclusive ("YYYY-MM"); omitted = open. */
  from?: string;
  to?: string;
  /** Only this model version; null = only rows without a model (manual decisions); undefined = all rows. */
  modelVersion?: string | null;
  /** Window of the per-window series (default month). */
  window?: "month" | "quarter";
}

const id = (name: string) => `"${name.replace(/"/g, '""')}"`;
const str = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The SQL expression of the group key (shared by sliceSql and scoreHistogramSql). */
export function groupKeySql(attributes: readonly string[]): string {
  if (!attributes.length) throw new Error("sliceSql requires at least one attribute");
  const parts = attributes.map((a) => `coalesce(${id(a)}::VARCHAR, '(missing)')`);
  return parts.length === 1 ? parts[0] : `concat_ws(' × ', ${parts.join(", ")})`;
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
 * SQL for one re-slice in DuckDB (in the browser, DuckDB-wasm; in tests, DuckDB in Node): one scan of the table,
 * grouped by GROUPING SETS ((group), (group, window)). Each row has `group`, `window` (null on the per-group
 * totals, where `total` = 1), the confusion cells of the chosen prediction (tp, fp, tn, fn, up, un, and
 * `excluded` = rows without a prediction), the same cells of the model's decision (m_*) and of the final
 * decision (f_*), and n, reviewed, overridden. Every count is DOUBLE (no BigInt in the browser).
 * @throws {Error} on no attribute, an invalid month or threshold
 * @example await db.query(sliceSql({table: "rows", attributes: ["ethnicity"], prediction: "final"}));
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
  const unit = spec.window ?? "month";
  if (unit !== "month" && unit !== "quarter") throw new Error(`invalid window: ${unit}`);
  const cells = (prefix: string, x: string) =>
    [
      `count_if(${x} AND y)::DOUBLE AS ${prefix}tp`,
      `count_if(${x} AND NOT y)::DOUBLE AS ${prefix}fp`,
      `count_if(NOT ${x} AND NOT y)::DOUBLE AS ${prefix}tn`,
      `count_if(NOT ${x} AND y)::DOUBLE AS ${prefix}fn`,
      `count_if(${x} AND y IS NULL)::DOUBLE AS ${prefix}up`,
      `count_if(NOT ${x} AND y IS NULL)::DOUBLE AS ${prefix}un`
    ].join(",\n  ");
  return `WITH r AS (
  SELECT ${groupKeySql(spec.attributes)} AS g, strftime(date_trunc('${unit}', month), '%Y-%m') AS w,
    ${pred} AS p, model_pos AS mp, final_pos AS fp_, label_pos AS y, reviewed, overridden
  FROM ${id(spec.table)}
  WHERE ${sliceWhereSql(spec)}
)
SELECT g AS "group", w AS "window", grouping(w)::INTEGER AS total,
  ${cells("", "p")},
  count_if(p IS NULL)::DOUBLE AS excluded,
  ${cells("m_", "mp")},
  ${cells("f_", "fp_")},
  count(*)::DOUBLE AS n, count_if(reviewed)::DOUBLE AS reviewed, count_if(overridden)::DOUBLE AS overridden
FROM r
GROUP BY GROUPING SETS ((g), (g, w))
ORDER BY total DESC, "window", "group"`;
}
