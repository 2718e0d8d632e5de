// Data quality page: the integrity table of every system (see loaders/refresh/tables/qualityIntegrity.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("quality-integrity", {orderBy: `"system" NULLS LAST, "week" NULLS LAST`}));
