/** Inference time per row of the champion and the challenger on their logged rows (onnxruntime-node). */
export interface ShadowLatency {
  runtime: "onnxruntime-node";
  champion_us_per_row: number | null;
  challenger_us_per_row: number | null;
  /** challenger − champion, µs per row. */
  delta_us_per_row: number | null;
  /** Both replays must reproduce the log for the timing to mean the same models. */
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
