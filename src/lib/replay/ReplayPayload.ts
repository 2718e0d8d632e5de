import type {ModelEntry} from "./modelEntry.js";

/** A registry entry with its ONNX bytes, for the browser (which verifies the sha256 before use). */
export type PayloadModel = ModelEntry & {onnx_base64: string};

/** One logged decision as the Replay page needs it: no PII, the encoded feature vector. */
export interface PayloadRow {
  decision_id: string;
  decided_at: string;
  model: string;
  score: number;
  decision: string;
  shadow_model: string | null;
  shadow_score: number | null;
  shadow_decision: string | null;
  age_band: string;
  /** encodeFeatures(system, row): the model input, float32 values. */
  x: number[];
}

/** The Replay page's data: every registered model with its ONNX bytes, and a sample of logged decisions per system. */
export interface ReplayPayload {
  models: PayloadModel[];
  systems: {system: string; features: string[]; numeric: string[]; rows: PayloadRow[]}[];
}
