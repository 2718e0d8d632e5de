import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {ColumnTest} from "../../src/lib/drift/columnTestTable.js";
import {readAlertsConfig} from "./readAlertsConfig.js";

/** The alerts config of this repository (data/alerts.yaml). */
const DEFAULT_CONFIG = fileURLToPath(new URL("../../data/alerts.yaml", import.meta.url));

/**
 * The per-column drift tests of a system from an alerts config: its checks of type `column_drift` (column, test,
 * threshold), named by the check (every system's without `system`). Without a file, data/alerts.yaml when it exists,
 * else none.
 *
 * @throws {InputError} for an unreadable or invalid config (readAlertsConfig)
 * @example await columnTests(undefined, "credit-line"); // => [{column: "income", test: "psi", threshold: 0.2, source: "..."}]
 */
export async function columnTests(file: string | undefined, system?: string): Promise<ColumnTest[]> {
  const path = file ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  if (!path) return [];
  const rules = await readAlertsConfig(path);
  return rules.flatMap((r) =>
    r.type === "column_drift" && (system === undefined || r.system === system)
      ? [{system: r.system, column: r.column, test: r.test, threshold: r.threshold, source: r.name}]
      : []
  );
}
