/**
 * Errors the CLI maps to exit codes: an InputError (unusable input or config) exits 2,
 * a CheckFailed (the command ran but a check failed) exits 1. Anything else is a bug and exits 2
 * with the first line of its message on stderr (the stack trace with `--debug` or `WORKBENCH_DEBUG=1`).
 *
 * Messages name the file, row and field where there is one: `data/x.csv:17: field income: not a number "abc"`.
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    readonly where: {file?: string; row?: number; field?: string} = {},
    options?: {cause?: unknown}
  ) {
    super(formatWhere(where) + message, options);
  }
}

/**
 * The command ran and printed its result, but a check failed (exit 1) or, with `exitCode` 2, some of its input
 * turned out unusable (e.g. `check`: a rule that could not be evaluated); the result is still printed.
 */
export class CheckFailed extends Error {
  override name = "CheckFailed";
  constructor(
    message: string,
    readonly result: unknown,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message);
  }
}

function formatWhere({file, row, field}: {file?: string; row?: number; field?: string}): string {
  let s = "";
  if (file) s += file + (row !== undefined ? `:${row}` : "") + ": ";
  else if (row !== undefined) s += `row ${row}: `;
  if (field) s += `field ${field}: `;
  return s;
}
