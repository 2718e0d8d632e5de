import type {Db} from "../db/openDb.js";
import {explainCountsSql} from "./explainCountsSql.js";
import {explainMeta} from "./explainMeta.js";
import type {ExplainSystem} from "./explainSystem.js";

/** One row of explain-counts.parquet: a metric's rows and events in one segment of one attribute on one UTC day. */
export interface ExplainCountRow {
  system: string;
  metric: string;
  attribute: string;
  segment: string;
  day: string;
  n: number;
  count: number;
}

/**
 * Daily counts behind every decomposition the Explain page can draw for a system: for the decision rates of
 * `workbench spc` (PAGE_METRICS that the system has), per UTC day, attribute and segment, the rate's rows and events
 * (explainCountsSql by day), with the same bins and quantile thresholds as `workbench explain` (explainMeta).
 * Summing the days of two windows gives exactly what `workbench explain` counts for windows that start and end at
 * midnight UTC. Rows with n = 0 are dropped. `setup` reuses an explainMeta already computed for the system.
 *
 * @example const rows = await explainDaily(db, system);
 */
export async function explainDaily(
  db: Db,
  system: ExplainSystem,
  setup?: Awaited<ReturnType<typeof explainMeta>>
): Promise<ExplainCountRow[]> {
  const {relation, metrics, bins} = setup ?? (await explainMeta(db, system));
  const raw = await db.all<Record<string, string | number>>(
    explainCountsSql(relation, system.attributes, bins, metrics, "day")
  );
  const rows: ExplainCountRow[] = [];
  for (const r of raw)
    metrics.forEach((m, i) => {
      const n = r[`n${i}`] as number;
      if (n > 0)
        rows.push({
          system: system.system,
          metric: m.id,
          attribute: r.attribute as string,
          segment: r.segment as string,
          day: r.bucket as string,
          n,
          count: r[`count${i}`] as number
        });
    });
  return rows;
}
