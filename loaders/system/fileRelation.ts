import {sqlLiteral} from "../db/sqlLiteral.js";

/**
 * The relation SQL reads an ingested Parquet file through on the embedded DuckDB: `read_parquet('<file>')`. The one
 * place a system's files become relations (System.relation(s), SystemObject.relation), so another engine maps them
 * to its tables here.
 *
 * @example fileRelation("data/.work/credit-line/decisions.parquet") // => "read_parquet('data/.work/credit-line/decisions.parquet')"
 */
export function fileRelation(file: string): string {
  return `read_parquet(${sqlLiteral(file)})`;
}
