import type {SeriesRow} from "./selectSeries.js";

export interface CatalogMetric {
  id: string;
  label: string;
  kind: string;
  description: string;
}

export interface CatalogSystem {
  /** First day of automated decisions (YYYY-MM-DD), or null. */
  automatedFrom: string | null;
  /** The system's metrics in table order. */
  metrics: CatalogMetric[];
}

/**
 * The systems of the SPC page's table, each with its first automated day and its metrics in table order,
 * for the page's pickers and default baseline.
 *
 * @example seriesCatalog(rows).get("credit-line")?.metrics.map((m) => m.id); // => ["bad_rate", "fallback_rate", ...]
 */
export function seriesCatalog(rows: Iterable<SeriesRow>): Map<string, CatalogSystem> {
  const catalog = new Map<string, CatalogSystem>();
  for (const {system, metric, label, kind, description, automated_from} of rows) {
    let entry = catalog.get(system);
    if (!entry) catalog.set(system, (entry = {automatedFrom: automated_from ?? null, metrics: []}));
    if (!entry.metrics.some((m) => m.id === metric)) entry.metrics.push({id: metric, label, kind, description});
  }
  return catalog;
}
