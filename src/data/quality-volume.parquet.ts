// Data quality page: the volume table of every system (see loaders/refresh/tables/qualityVolume.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("quality-volume", {orderBy: `system, grain, window_start`}));
