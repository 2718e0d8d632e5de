// Data quality page: the nulls table of every system (see loaders/refresh/tables/qualityNulls.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("quality-nulls", {orderBy: `"system" NULLS LAST, "object" NULLS LAST, "grain" NULLS LAST, "window_start" NULLS LAST, "column" NULLS LAST`}));
