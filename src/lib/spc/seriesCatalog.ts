import type {SeriesRow} from "./selectSeries.js";

export interface CatalogMetric {
  id: string;
  label: string;
  kind: string;
  description: string;
}

/**
 * The systems of the SPC page's table and, per system, its metrics in table order, for the page's pickers.
 *
 * @example seriesCatalog(rows).get("credit-line")?.map((m) => m.id); // => ["bad_rate", "fallback_rate", ...]
 */
export function seriesCatalog(rows: Iterable<SeriesRow>): Map<string, CatalogMetric[]> {
  const catalog = new Map<string, CatalogMetric[]>();
  for (const {system, metric, label, kind, description} of rows) {
    let metrics = catalog.get(system);
    if (!metrics) catalog.set(system, (metrics = []));
    if (!metrics.some((m) => m.id === metric)) metrics.push({id: metric, label, kind, description});
  }
  return catalog;
}
