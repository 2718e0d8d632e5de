import {InputError} from "../cli/errors.js";

/** A half-open time window [from, to), both ISO 8601 dates or timestamps (UTC unless they carry an offset). */
export interface TimeWindow {
  from: string;
  to: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses a `<from>..<to>` window flag into a half-open window [from, to).
 *
 * @throws {InputError} naming the flag when the text is not two ISO dates/timestamps or from ≥ to
 * @example parseWindow("reference", "2026-02-02..2026-03-02"); // => {from: "2026-02-02", to: "2026-03-02"}
 */
export function parseWindow(flag: string, text: string): TimeWindow {
  const parts = text.split("..");
  if (parts.length !== 2 || !ISO.test(parts[0]) || !ISO.test(parts[1]))
    throw new InputError(
      `--${flag}: expected <from>..<to> as ISO dates, e.g. 2026-02-02..2026-03-02: ${JSON.stringify(text)}`
    );
  const [from, to] = parts;
  const ms = (s: string) =>
    Date.parse(/[T ]/.test(s) && !/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? `${s.replace(" ", "T")}Z` : s);
  if (Number.isNaN(ms(from)) || Number.isNaN(ms(to)))
    throw new InputError(`--${flag}: not a valid date: ${JSON.stringify(text)}`);
  if (ms(from) >= ms(to))
    throw new InputError(`--${flag}: empty window, from must be before to: ${JSON.stringify(text)}`);
  return {from, to};
}
