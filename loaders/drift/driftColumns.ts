import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";

/** The columns to compare, split by how drift treats them. */
export interface DriftColumns {
  numeric: string[];
  categorical: string[];
}

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;
const CATEGORICAL = /^(VARCHAR|BOOLEAN|ENUM)/;

/**
 * The numeric and categorical columns of a relation to test for drift. With explicit lists, each named column must
 * exist; without any, every column except the time column is classified by its DuckDB type: integer, floating and
 * decimal types numeric; VARCHAR, BOOLEAN and ENUM categorical; anything else (dates, lists, ...) skipped.
 * `exclude` names columns never to test (e.g. personal data).
 *
 * @throws {InputError} naming the file and field for a column that does not exist, or when nothing is left
 */
export async function driftColumns(
  db: Db,
  relation: string,
  {
    file,
    time,
    numeric,
    categorical,
    exclude = []
  }: {file: string; time: string; numeric?: string[]; categorical?: string[]; exclude?: string[]}
): Promise<DriftColumns> {
  const described = await db.all<{column_name: string; column_type: string}>(`DESCRIBE SELECT * FROM ${relation}`);
  const names = described.map((c) => c.column_name);
  if (!names.includes(time)) throw new InputError(`no such column (columns: ${names.join(", ")})`, {file, field: time});
  let result: DriftColumns;
  if (numeric || categorical) {
    result = {numeric: numeric ?? [], categorical: categorical ?? []};
    for (const field of [...result.numeric, ...result.categorical])
      if (!names.includes(field)) throw new InputError(`no such column (columns: ${names.join(", ")})`, {file, field});
  } else {
    const candidates = described.filter((c) => c.column_name !== time && !exclude.includes(c.column_name));
    result = {
      numeric: candidates.filter((c) => NUMERIC.test(c.column_type)).map((c) => c.column_name),
      categorical: candidates.filter((c) => CATEGORICAL.test(c.column_type)).map((c) => c.column_name)
    };
  }
  if (result.numeric.length + result.categorical.length === 0)
    throw new InputError("no numeric or categorical column to compare", {file});
  return result;
}
