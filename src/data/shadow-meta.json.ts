// Shadow page metadata: model pairs, segments and replayed inference latency per system (see
// loaders/refresh/tables/shadowMeta.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";
import type {ShadowMeta} from "../../src/lib/shadow/ShadowMeta.js";

await runLoader(
  "json",
  async ({rows}): Promise<ShadowMeta> => ({
    systems: (await rows<{meta: string}>("shadow-meta")).map((r) => JSON.parse(r.meta) as ShadowMeta["systems"][number])
  })
);
