import {InputError} from "../cli/errors.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/**
 * SQL for "column equals the value given as text", typed by the column's DuckDB type: a BOOLEAN column compares
 * with true/false (text true/t/yes/y/1 or false/f/no/n/0, any case: DuckDB's CSV sniffer reads yes/no as BOOLEAN), a numeric column with the number, anything else as
 * trimmed text (`trim(col::VARCHAR) = 'value'`, so " >50K" in UCI Adult equals ">50K"). Null stays null.
 * @throws {InputError} naming the field when the text is not a boolean or number for such a column
 * @example valueEqualsSql("defaulted", "BOOLEAN", "false") // => '("defaulted" = false)'
 */
export function valueEqualsSql(column: string, type: string, text: string): string {
  const col = sqlIdentifier(column);
  if (type === "BOOLEAN") {
    const t = text.trim().toLowerCase();
    if (["true", "t", "yes", "y", "1"].includes(t)) return `(${col} = true)`;
    if (["false", "f", "no", "n", "0"].includes(t)) return `(${col} = false)`;
    throw new InputError(`not a boolean: ${JSON.stringify(text)}`, {field: column});
  }
  if (NUMERIC.test(type)) {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n))
      throw new InputError(`not a number: ${JSON.stringify(text)}`, {field: column});
    return `(${col} = ${String(n)})`;
  }
  return `(trim(${col}::VARCHAR) = ${sqlLiteral(text.trim())})`;
}

/** Whether a DuckDB type is numeric (for defaults and score checks). */
export function isNumericType(type: string): boolean {
  return NUMERIC.test(type);
}
