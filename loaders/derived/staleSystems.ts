import {existsSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {SystemEntry} from "../system/listSystems.js";
import type {RefreshManifest} from "../refresh/RefreshManifest.js";
import {refreshStamp} from "../refresh/refreshStamp.js";

/**
 * The systems whose derived tables are missing or out of date: no manifest, a table file missing, or a stamp that
 * differs from the manifest's (refreshStamp over the same repository inputs and environment variables the manifest
 * lists). Reads no data file while sizes and modification times are unchanged, and imports none of the tables: what
 * a data loader checks before it selects.
 *
 * @example if ((await staleSystems(listSystems(dir), {root, dir})).length) await refresh({dir}, {log});
 */
export async function staleSystems(
  systems: readonly SystemEntry[],
  {root, dir}: {root: string; dir: string}
): Promise<string[]> {
  const stale: string[] = [];
  for (const {name, paths} of systems) {
    const file = join(paths.derived, "manifest.json");
    if (!existsSync(file)) {
      stale.push(name);
      continue;
    }
    const previous = JSON.parse(await readFile(file, "utf8")) as RefreshManifest;
    const {stamp} = await refreshStamp({
      root,
      dir,
      paths,
      repoInputs: previous.repoInputs,
      env: Object.keys(previous.env),
      previous
    });
    const missing = previous.tables.some((t) => t.error === undefined && !existsSync(join(paths.derived, t.file)));
    if (stamp !== previous.stamp || missing) stale.push(name);
  }
  return stale;
}
