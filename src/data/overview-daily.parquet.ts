// Overview page: the overview-daily table of every system (see loaders/refresh/tables/overviewDaily.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("overview-daily"));
