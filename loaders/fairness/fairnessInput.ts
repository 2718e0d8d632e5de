import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {sourceFormat} from "../ingest/sourceFormat.js";
import {existsSync} from "node:fs";

export interface FairnessInputOptions {
  /** A decision log: .csv, .jsonl/.ndjson (optionally .gz) or .parquet. */
  input: string;
  /** Column names for a CSV without a header row (e.g. UCI Adult); otherwise DuckDB detects the header. */
  columns?: string[];
  /** A second file with outcomes, left-joined on `join` (for a label that arrives separately). */
  outcomes?: string;
  join?: string;
}

/**
 * Creates the temp view `fairness_input` over a decision log (and optionally its outcomes, left-joined so that
 * decisions without an outcome keep a null label) and returns its column names and DuckDB types.
 * CSV goes through DuckDB's sniffer (header, delimiter, types); JSON is newline-delimited.
 * @throws {InputError} for a missing file, unknown format, unreadable content or a missing join column
 * @example const {columns} = await fairnessInput(db, {input: "adult.data.csv", columns: ["age", ...]});
 */
export async function fairnessInput(
  db: Db,
  {input, columns, outcomes, join}: FairnessInputOptions
): Promise<{relation: string; columns: Map<string, string>}> {
  const read = (file: string, names?: string[]) => {
    if (!existsSync(file)) throw new InputError("no such file", {file});
    const {kind} = sourceFormat(file);
    if (kind === "parquet") return `read_parquet(${sqlLiteral(file)})`;
    if (kind === "jsonl") return `read_json(${sqlLiteral(file)}, format = 'newline_delimited')`;
    const named = names?.length ? `, header = false, names = [${names.map(sqlLiteral).join(", ")}]` : "";
    return `read_csv(${sqlLiteral(file)}${named})`;
  };
  let sql = `SELECT * FROM ${read(input, columns)}`;
  if (outcomes) {
    if (!join) throw new InputError("--outcomes needs --join <column>");
    const j = sqlIdentifier(join);
    sql = `SELECT d.*, o.* EXCLUDE (${j}) FROM ${read(input, columns)} d LEFT JOIN ${read(outcomes)} o USING (${j})`;
  }
  try {
    await db.run(`CREATE OR REPLACE TEMP VIEW fairness_input AS ${sql}`);
    const described = await db.all<{column_name: string; column_type: string}>("DESCRIBE fairness_input");
    return {relation: "fairness_input", columns: new Map(described.map((d) => [d.column_name, d.column_type]))};
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new InputError(`cannot read: ${message}`, {file: input}, {cause: error});
  }
}
