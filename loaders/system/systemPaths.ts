import {existsSync} from "node:fs";
import {join} from "node:path";
import {committedFiles} from "./committedFiles.js";
import {contractsDir} from "./contractsDir.js";
import type {SystemPaths} from "./System.js";

/**
 * The paths of one system's files: its committed ingest outputs under `<dir>/<name>/` (committedFiles, the one
 * function that knows ingest's on-disk layout: each output set resolved once, so its files belong to one ingest
 * run), its contract and cost model in `contracts`, and its derived tables. Nothing else builds
 * `<dir>/<system>/decisions.parquet` by hand. `outcomes` and `quarantine` are set only when they exist.
 *
 * @example systemPaths("data/.work", "credit-line").decisions // => "…/credit-line/.ingest/decisions/g-…/decisions.parquet"
 */
export function systemPaths(dir: string, name: string, contracts: string = contractsDir): SystemPaths {
  const base = join(dir, name);
  const decisions = committedFiles(base, "decisions", true);
  const outcomes = committedFiles(base, "outcomes", false);
  const existing = (file: string | undefined) => (file !== undefined && existsSync(file) ? file : undefined);
  return {
    dir: base,
    decisions: decisions?.accepted ?? join(base, "decisions.parquet"),
    outcomes: existing(outcomes?.accepted),
    quarantine: existing(decisions?.quarantine),
    manifest: decisions?.manifest ?? join(base, "manifest.json"),
    contract: join(contracts, `${name}.odcs.yaml`),
    costs: join(contracts, `${name}.costs.yaml`),
    derived: join(base, "derived"),
    profiles: join(base, "profiles.parquet")
  };
}

/**
 * The committed files of one contract object of a system (committedFiles): the first object's accepted rows,
 * quarantine and manifest, or another object's `<object>.parquet`, `<object>.quarantine.parquet` and
 * `<object>.manifest.json`; undefined when the object was never ingested.
 *
 * @example objectPaths(paths, "outcomes", false)?.file // => "…/credit-line/.ingest/outcomes/g-…/outcomes.parquet"
 */
export function objectPaths(
  paths: Pick<SystemPaths, "dir">,
  object: string,
  first: boolean
): {file: string; quarantine: string; manifest: string} | undefined {
  const files = committedFiles(paths.dir, object, first);
  return files && {file: files.accepted, quarantine: files.quarantine, manifest: files.manifest};
}
