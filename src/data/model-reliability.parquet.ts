// Models page: the reliability curve (10 equal-width score bins) of every version per window (see
// loaders/refresh/tables/modelReliability.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("model-reliability", {orderBy: "system, model, granularity, window_start, period, bin"}));
