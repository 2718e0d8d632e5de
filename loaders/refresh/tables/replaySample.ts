import {loadRegistry} from "../../models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../../models/registeredScorers.js";
import {replaySample as sampleOf} from "../../models/replayPayload.js";
import type {DerivedTable} from "../DerivedTable.js";
import {MODEL_REGISTRY} from "../systemModelMetrics.js";

/**
 * The Replay page's sample of the system's model-made decisions (replaySample: settings.replay.rowsPerSystem rows,
 * no PII, each with its encoded feature vector), as JSON; none without a registered production model.
 */
export const replaySample: DerivedTable<{system: string; sample: string}> = {
  name: "replay-sample",
  description: "one row: a deterministic sample of model-made decisions with their encoded features (JSON)",
  columns: {system: "VARCHAR", sample: "VARCHAR"},
  inputs: [MODEL_REGISTRY],
  async compute({system, engine, log}) {
    const sample = await sampleOf(system, await loadRegistry(DEFAULT_REGISTRY), {db: engine, log});
    return sample ? [{system: system.name, sample: JSON.stringify(sample)}] : [];
  }
};
