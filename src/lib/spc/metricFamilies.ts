import type {CatalogMetric} from "./seriesCatalog.js";

/** A first-level choice of the SPC page's metric picker: one metric, or a family of like series. */
export interface MetricFamily {
  /** The metric's id, or the family's (e.g. `null_rate`). */
  id: string;
  /** The metric's label, or the family's (e.g. "null rate (per column)"). */
  label: string;
  /** Whether this is a family, whose member the page picks with a second select. */
  grouped: boolean;
  /** The metric alone, or the family's members in table order. */
  members: CatalogMetric[];
}

/**
 * Gathers a system's metrics (seriesCatalog) for a two-level picker: a metric without a family stands alone; the
 * metrics of one family (e.g. a null rate per column, a drift PSI per column) become one choice, in the place of
 * the family's first member, so dozens of per-column series take one line of the first picker.
 *
 * @example metricFamilies(metrics).map((f) => f.id); // => ["bad_rate", "drift_psi", "drift_share", "fallback_rate", ...]
 */
export function metricFamilies(metrics: readonly CatalogMetric[]): MetricFamily[] {
  const families: MetricFamily[] = [];
  const byId = new Map<string, MetricFamily>();
  for (const m of metrics) {
    if (m.family === null) {
      families.push({id: m.id, label: m.label, grouped: false, members: [m]});
      continue;
    }
    let family = byId.get(m.family.id);
    if (!family) {
      byId.set(m.family.id, (family = {id: m.family.id, label: m.family.label, grouped: true, members: []}));
      families.push(family);
    }
    family.members.push(m);
  }
  return families;
}
