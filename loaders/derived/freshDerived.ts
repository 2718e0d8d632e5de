import {dirname} from "node:path";
import {REPO_ROOT} from "../system/repoRoot.js";
import type {SystemEntry} from "../system/listSystems.js";
import {staleSystems} from "./staleSystems.js";

const checked = new Set<string>();

/**
 * Makes sure the derived tables of these systems are up to date before a reader selects from them: stale systems
 * (staleSystems) are refreshed in this process (the refresh module is imported only then). Checked once per system
 * and process. `frameworkCache: null` leaves Framework's loader cache alone (a data loader running inside a build).
 *
 * @throws what refresh throws (an unusable contract, a query error)
 * @example await freshDerived([system], {log}); // then select from derived/<table>.parquet
 */
export async function freshDerived(
  systems: readonly Pick<SystemEntry, "name" | "paths">[],
  {log, frameworkCache}: {log: (message: string) => void; frameworkCache?: null}
): Promise<void> {
  for (const s of systems) {
    if (checked.has(s.paths.derived)) continue;
    const dir = dirname(s.paths.dir);
    if ((await staleSystems([s], {root: REPO_ROOT, dir})).length > 0) {
      log(`derived tables of ${s.name} are out of date: refreshing`);
      const {refresh} = await import("../refresh/refresh.js");
      await refresh({dir, systems: [s.name], contracts: dirname(s.paths.contract), frameworkCache}, {log});
    }
    checked.add(s.paths.derived);
  }
}
