/**
 * The one line the CLI prints for an error: the first line of its message (DuckDB appends `LINE 1: ...` and our
 * Db wrapper appends `SQL: ...` on later lines), trimmed. A non-Error value is shown with String().
 *
 * @example errorLine(new Error("Binder Error: column x not found\nSQL: SELECT x")) // => "Binder Error: column x not found"
 */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0].trim() || (error instanceof Error ? error.name : "unknown error");
}
