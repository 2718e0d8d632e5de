// Models page: the registry, the as-of time of each system and each version's per-group results (see
// loaders/refresh/tables/modelGroups.ts, modelAsOf.ts).
import {loadRegistry} from "../../loaders/models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../../loaders/models/registeredScorers.js";
import {runLoader} from "../../loaders/derived/runLoader.js";
import type {ModelsPayload} from "../../src/lib/models/ModelsPayload.js";

await runLoader(
  "json",
  async ({rows}): Promise<ModelsPayload> => ({
    as_of: Object.fromEntries((await rows<{system: string; as_of: string}>("model-as-of")).map((r) => [r.system, r.as_of])),
    models: (await loadRegistry(DEFAULT_REGISTRY)).models,
    groups: await rows("model-groups")
  })
);
