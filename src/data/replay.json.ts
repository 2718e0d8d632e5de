// Replay page data: the registered models (ONNX bytes, checked against the registry) and a sample of logged decisions
// without PII per system (see loaders/refresh/tables/replaySample.ts).
import {replayModels} from "../../loaders/models/replayPayload.js";
import {DEFAULT_REGISTRY} from "../../loaders/models/registeredScorers.js";
import {runLoader} from "../../loaders/derived/runLoader.js";
import type {ReplayPayload} from "../../src/lib/replay/ReplayPayload.js";

await runLoader(
  "json",
  async ({rows}): Promise<ReplayPayload> => ({
    models: await replayModels(DEFAULT_REGISTRY),
    systems: (await rows<{sample: string}>("replay-sample")).map(
      (r) => JSON.parse(r.sample) as ReplayPayload["systems"][number]
    )
  })
);
