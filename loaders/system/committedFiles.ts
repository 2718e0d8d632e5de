import {existsSync, realpathSync} from "node:fs";
import {join} from "node:path";

/** The hidden folder in an ingest output directory that holds the generations of each output set. */
export const INGEST_DIR = ".ingest";

/**
 * The output file names of one object's output set. The contract's first (default) object writes
 * `<object>.parquet`, `quarantine.parquet` and `manifest.json`; any other object writes `<object>.parquet`,
 * `<object>.quarantine.parquet` and `<object>.manifest.json`, so both can share a directory.
 *
 * @example outputNames("outcomes", false) // => {accepted: "outcomes.parquet", quarantine: "outcomes.quarantine.parquet", manifest: "outcomes.manifest.json"}
 */
export function outputNames(
  object: string,
  isDefault: boolean
): {accepted: string; quarantine: string; manifest: string} {
  return isDefault
    ? {accepted: `${object}.parquet`, quarantine: "quarantine.parquet", manifest: "manifest.json"}
    : {accepted: `${object}.parquet`, quarantine: `${object}.quarantine.parquet`, manifest: `${object}.manifest.json`};
}

/**
 * **The one place that maps an ingest output directory to its committed files.** Ingest commits each object's
 * output set (accepted Parquet, quarantine, manifest) as one generation folder
 * `<dir>/.ingest/<object>/g-<id>/` and switches the symlink `<dir>/.ingest/<object>/current` to it with one
 * rename (commitOutputs); `<dir>/<file>` are symlinks through `current`, for people and tools that open the
 * files by name. This resolves `current` once, so every path returned belongs to the same generation even if
 * a new one is committed while the caller reads. A directory written before generations existed (plain files)
 * resolves to `<dir>` itself.
 *
 * Returns undefined when the object has never been committed in `dir`.
 *
 * @example committedFiles("data/.work/credit-line", "decisions", true)
 * // => {dir: "/…/credit-line/.ingest/decisions/g-…", accepted: "/…/g-…/decisions.parquet", quarantine: …, manifest: …}
 */
export function committedFiles(
  dir: string,
  object: string,
  isDefault: boolean
): {dir: string; accepted: string; quarantine: string; manifest: string} | undefined {
  const names = outputNames(object, isDefault);
  const current = join(dir, INGEST_DIR, object, "current");
  let base: string;
  try {
    base = realpathSync(current);
  } catch {
    if (!existsSync(join(dir, names.accepted))) return undefined;
    base = dir; // plain files of an older workbench
  }
  return {
    dir: base,
    accepted: join(base, names.accepted),
    quarantine: join(base, names.quarantine),
    manifest: join(base, names.manifest)
  };
}
