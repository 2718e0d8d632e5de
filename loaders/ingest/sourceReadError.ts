import {InputError} from "../cli/errors.js";

/**
 * The one-line InputError for a source file that cannot be read (missing, unreadable, a folder, broken gzip), or the
 * error itself when it is not one of those.
 *
 * @example sourceReadError(enoent, "a.csv") // => InputError "a.csv: cannot read (ENOENT)"
 */
export function sourceReadError(error: unknown, file: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR")
    return new InputError(`cannot read (${e.code})`, {file}, {cause: error});
  if (e.code?.startsWith("Z_"))
    return new InputError(`not a readable gzip file (${e.message})`, {file}, {cause: error});
  return error;
}
