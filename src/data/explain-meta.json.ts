// Explain page: every system's rates, attributes with their bins and bins reference (see loaders/refresh/tables/explainMeta.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("json", async ({rows}) =>
  (await rows<{meta: string}>("explain-meta")).map((r) => JSON.parse(r.meta) as unknown)
);
