/**
 * The error of a failed query: the engine's message, then the SQL, with the original as `cause` (Mosaic's
 * `core/src/util/query-error.ts` does the same), so that every failure names the statement that failed.
 *
 * @example queryError(new Error("syntax error"), "SELEC 1").message // => "syntax error\nSQL: SELEC 1"
 */
export function queryError(error: unknown, sql: string): Error {
  return new Error(`${error instanceof Error ? error.message : String(error)}\nSQL: ${sql}`, {cause: error});
}
