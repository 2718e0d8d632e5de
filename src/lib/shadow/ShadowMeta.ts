/**
 * Inference time per row of the champion and the challenger on their logged rows (onnxruntime-node), replayed on
 * every logged row or, when `sample` is set, on the `sample` rows of each model with the smallest md5 of their
 * decision id (a fixed sample: the same rows on every run).
 */
export interface ShadowLatency {
  runtime: "onnxruntime-node";
  /** The most rows replayed per model (the md5 sample), or null when every logged row was replayed. */
  sample: number | null;
  /** The rows each replay scored. */
  champion_rows: number;
  challenger_rows: number;
  champion_us_per_row: number | null;
  challenger_us_per_row: number | null;
  /** challenger − champion, µs per row. */
  delta_us_per_row: number | null;
  /** Both replays must reproduce the log (of the rows they replayed) for the timing to mean the same models. */
  champion_reproduced_share: number | null;
  challenger_reproduced_share: number | null;
}

/** One system's shadow deployment as the Shadow page describes it. */
export interface ShadowSystemMeta {
  system: string;
  /** The favourable decision (approve, pass). */
  favourable: string;
  champion: string;
  challenger: string;
  segments: readonly string[];
  /** The segments the promotion recommendation judges: those the contract classifies as protected. */
  judged: readonly string[];
  /** The cost model's currency (ISO 4217), for the value per decision. */
  currency: string;
  /** Decisions both models scored. */
  rows: number;
  latency: ShadowLatency;
}

/** What the Shadow page needs besides the rows: per system, the model pair, its segments and its latency. */
export interface ShadowMeta {
  systems: ShadowSystemMeta[];
}
