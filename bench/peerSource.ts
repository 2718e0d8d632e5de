import {existsSync} from "node:fs";
import {join} from "node:path";

/**
 * Where a Python peer's source is, from its environment variable (e.g. EVIDENTLY_SRC), or why it cannot run: the
 * variable is unset, or the folder lacks the package file `marker` (e.g. `evidently/_version.py`). docs/scale.md,
 * "Peers", says how to obtain each.
 */
export function peerSource(variable: string, marker: string): {src: string} | {missing: string} {
  const src = process.env[variable];
  if (!src) return {missing: `${variable} is not set (docs/scale.md, "Peers")`};
  if (!existsSync(join(src, marker))) return {missing: `${variable}=${src} has no ${marker}`};
  return {src};
}
