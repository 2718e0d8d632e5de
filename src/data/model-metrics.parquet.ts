// Models page: metrics of every registered version per window, validation included (see loaders/refresh/tables/modelMetrics.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("model-metrics", {orderBy: "system, model, granularity, window_start, period"}));
