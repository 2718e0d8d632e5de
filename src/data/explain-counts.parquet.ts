// Explain page: per rate, attribute, segment and day, the rate's rows and events (see loaders/refresh/tables/explainCounts.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("explain-counts", {orderBy: "system, metric, attribute, segment, day"}));
