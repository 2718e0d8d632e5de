// Lineage page data: every ingest manifest with its outputs' checksums re-verified (see loaders/refresh/tables/lineage.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("json", async ({rows}) => (await rows<{run: string}>("lineage")).map((r) => JSON.parse(r.run) as unknown));
