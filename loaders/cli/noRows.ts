import {InputError} from "./errors.js";

/**
 * The error of a check that has nothing to check: "nothing to check is not a pass" (exit 2). `window` names what was
 * empty: a file, a system's log or a time window.
 *
 * @example throw noRows("2026-05-04..2026-05-11", "data/.work/credit-line/decisions.parquet")
 * // => InputError "data/.work/credit-line/decisions.parquet: no rows in 2026-05-04..2026-05-11"
 */
export function noRows(window: string, file?: string): InputError {
  return new InputError(`no rows in ${window}`, {file});
}
