// Fairness page: every system's fairness conventions, counts, levels and months (see loaders/refresh/tables/fairnessMeta.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("json", async ({rows}) =>
  (await rows<{meta: string}>("fairness-meta")).map((r) => JSON.parse(r.meta) as unknown)
);
