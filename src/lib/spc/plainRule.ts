/** Each signal's pattern in plain words, for readers who do not know the rule codes. */
const PLAIN: Readonly<Record<string, string>> = {
  WE1: "a value beyond the control limits",
  WE2: "values close to a control limit",
  WE3: "a small shift held for several points",
  WE4: "a long run on one side of the centre",
  NEL3: "a steady trend",
  NEL4: "values alternating up and down",
  NEL7: "unusually little variation",
  NEL8: "values avoiding the centre",
  EWMA: "a small, sustained shift of the level (EWMA)",
  "CUSUM+": "a sustained rise (CUSUM)",
  "CUSUM-": "a sustained fall (CUSUM)"
};

/**
 * A signal's rule in plain words ("a value beyond the control limits" for WE1), for the SPC page's episodes.
 * @throws {Error} `unknown rule: <id>`
 * @example plainRule("WE4") // => "a long run on one side of the centre"
 */
export function plainRule(id: string): string {
  const text = PLAIN[id];
  if (text === undefined) throw new Error(`unknown rule: ${id}`);
  return text;
}
