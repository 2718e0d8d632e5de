import * as aq from "arquero";

/** A sampled decision of replay.json: who scored it (production and shadow model ids), its scores, decisions and features. */
export interface ReplayRow {
  decision_id: string;
  model: string;
  shadow_model: string | null;
  score: number;
  decision: string;
  shadow_score: number | null;
  shadow_decision: string | null;
  age_band?: string;
  x: number[];
  [field: string]: unknown;
}

/**
 * The Replay page's selections of one system's sample (arquero, a few thousand rows): the decisions the production
 * model made, those the challenger scored in shadow (its score and decision in place of the production ones, for
 * replaySample), the age bands present, and the production decisions the challenger also scored (for
 * challengerReplay).
 * @example replayRows(sample.rows, ids).production.length // => 2500
 */
export function replayRows(
  rows: readonly ReplayRow[],
  ids: {production: string; challenger: string}
): {production: ReplayRow[]; shadow: ReplayRow[]; challenged: ReplayRow[]; bands: string[]} {
  if (rows.length === 0) return {production: [], shadow: [], challenged: [], bands: []};
  const table = aq.from(rows).params(ids);
  const production = table.filter((d: ReplayRow, $: typeof ids) => d.model === $.production).objects() as ReplayRow[];
  const shadow = table
    .filter((d: ReplayRow, $: typeof ids) => d.shadow_model === $.challenger)
    .derive({score: (d: ReplayRow) => d.shadow_score, decision: (d: ReplayRow) => d.shadow_decision})
    .objects() as ReplayRow[];
  const challenged = production.filter((r) => r.shadow_model === ids.challenger);
  const bands = [
    ...new Set(production.map((r) => r.age_band).filter((b): b is string => typeof b === "string"))
  ].sort();
  return {production, shadow, challenged, bands};
}
