// Data quality page: the checksums table of every system (see loaders/refresh/tables/qualityChecksums.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("quality-checksums", {orderBy: `system, manifest, file`}));
