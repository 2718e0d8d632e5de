import type {SeriesRow} from "./selectSeries.js";

export interface CatalogMetric {
  id: string;
  label: string;
  kind: string;
  description: string;
  /** The family of like series (e.g. null rate per column): its id, name and this metric's member; else null. */
  family: {id: string; label: string; member: string} | null;
  /** A fixed context level for the chart (drift threshold), or null. */
  threshold: number | null;
  /** The bucket units the table has for the metric, in table order (drift scores: week only). */
  units: string[];
}

export interface CatalogSystem {
  /** First day of automated decisions (YYYY-MM-DD), or null. */
  automatedFrom: string | null;
  /** The system's metrics in table order. */
  metrics: CatalogMetric[];
}

/**
 * The systems of the SPC page's table, each with its first automated day and its metrics in table order
 * (with their family, threshold and bucket units), for the page's pickers and default baseline.
 *
 * @example seriesCatalog(rows).get("credit-line")?.metrics.map((m) => m.id); // => ["bad_rate", "drift_psi:channel", ...]
 */
export function seriesCatalog(rows: Iterable<SeriesRow>): Map<string, CatalogSystem> {
  const catalog = new Map<string, CatalogSystem>();
  for (const row of rows) {
    const {system, metric, label, kind, description, unit, automated_from} = row;
    let entry = catalog.get(system);
    if (!entry) catalog.set(system, (entry = {automatedFrom: automated_from ?? null, metrics: []}));
    let m = entry.metrics.find((d) => d.id === metric);
    if (!m) {
      const family = row.family
        ? {id: row.family, label: row.family_label ?? row.family, member: row.member ?? metric}
        : null;
      entry.metrics.push(
        (m = {id: metric, label, kind, description, family, threshold: row.threshold ?? null, units: []})
      );
    }
    if (!m.units.includes(unit)) m.units.push(unit);
  }
  return catalog;
}
