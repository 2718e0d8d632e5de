import type {ScoredDecision} from "../../src/lib/models/modelMetrics.js";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {recordStartLine} from "../ingest/recordStartLine.js";
import {isNumericType, valueEqualsSql} from "../fairness/valueEqualsSql.js";
import {inputRelation} from "../system/inputRelation.js";

export interface InputScoredOptions {
  file: string;
  /** Probability column of the positive outcome, in [0, 1]. */
  score: string;
  /** Outcome column: null = not arrived yet. */
  label: string;
  /** The label value that is the positive outcome (text); default true for a boolean label, 1 for a number. */
  positive?: string;
  /** Time column (TIMESTAMP, DATE or ISO 8601 text; offsets converted to UTC). */
  time: string;
  /** Predicted positive when score ≥ threshold. */
  threshold: number;
}

/**
 * Any decision log as scored decisions for modelMetrics: from a CSV, JSONL or Parquet file, each row's time (UTC day
 * and ISO time), score, the fixed threshold and its label (label = positive → true, another value → false, null →
 * not arrived yet; a boolean label compares with true/false, yes/no, 1/0: valueEqualsSql), in time order. Rows with a null time or score are skipped (and counted in the log).
 *
 * @throws {InputError} naming file, row (the line its record starts on in a text file) and field for a missing column,
 *   a time that does not parse, a score that is not a number in [0, 1], a text label without `positive`, or no row
 * @example await inputScoredDecisions({db, log}, {file: "log.csv", score: "p", label: "y", time: "t", threshold: 0.5});
 */
export async function inputScoredDecisions(
  {db, log}: {db: Db; log: (message: string) => void},
  {file, score, label, positive, time, threshold}: InputScoredOptions
): Promise<ScoredDecision[]> {
  const relation = inputRelation(file);
  const described = await db.all<{column_name: string; column_type: string}>(`DESCRIBE SELECT * FROM ${relation}`);
  const types = new Map(described.map((c) => [c.column_name, c.column_type]));
  for (const field of [time, score, label])
    if (!types.has(field))
      throw new InputError(`no such column (columns: ${[...types.keys()].join(", ")})`, {file, field});
  const labelType = types.get(label)!;
  const truth = positive ?? (labelType === "BOOLEAN" ? "true" : isNumericType(labelType) ? "1" : undefined);
  if (truth === undefined) throw new InputError(`text label needs --positive <value>`, {file, field: label});
  const labelSql = `CASE WHEN ${sqlIdentifier(label)} IS NULL THEN NULL ELSE ${valueEqualsSql(label, labelType, truth)} END`;
  const t = sqlIdentifier(time);
  const s = sqlIdentifier(score);
  const rows = `SELECT row_number() OVER () AS row, CAST(${t} AS VARCHAR) AS raw_time, CAST(${s} AS VARCHAR) AS raw_score,
    CAST(TRY_CAST(${t} AS TIMESTAMPTZ) AS TIMESTAMP) AS t, TRY_CAST(${s} AS DOUBLE) AS score, ${labelSql} AS label FROM ${relation}`;
  const [bad] = await db.all<{row: number; raw_time: string | null; raw_score: string | null; field: string}>(
    `SELECT row, raw_time, raw_score, CASE WHEN raw_time IS NOT NULL AND t IS NULL THEN 'time' ELSE 'score' END AS field
     FROM (${rows})
     WHERE (raw_time IS NOT NULL AND t IS NULL) OR (raw_score IS NOT NULL AND (score IS NULL OR NOT (score BETWEEN 0 AND 1)))
     ORDER BY row LIMIT 1`
  );
  if (bad) {
    const what =
      bad.field === "time"
        ? `not a timestamp ${JSON.stringify(bad.raw_time)}`
        : `not a probability in [0, 1] ${JSON.stringify(bad.raw_score)}`;
    throw new InputError(what, {
      file,
      row: await recordStartLine(db, file, bad.row),
      field: bad.field === "time" ? time : score
    });
  }
  const out = await db.all<{day: string; time: string; score: number; label: boolean | null}>(
    `SELECT strftime(t, '%Y-%m-%d') AS day, strftime(t, '%Y-%m-%dT%H:%M:%S.%gZ') AS time, score, label
     FROM (${rows}) WHERE t IS NOT NULL AND score IS NOT NULL ORDER BY t, row`
  );
  const [{skipped}] = await db.all<{skipped: number}>(
    `SELECT count(*) FILTER (WHERE t IS NULL OR score IS NULL)::DOUBLE AS skipped FROM (${rows})`
  );
  if (skipped > 0) log(`models: ${file}: skipped ${skipped} rows with a null ${time} or ${score}`);
  if (!out.length) throw new InputError(`no row with both ${time} and ${score}`, {file});
  return out.map((r) => ({
    day: r.day,
    time: r.time,
    score: r.score,
    threshold,
    label: r.label,
    role: "production" as const
  }));
}
