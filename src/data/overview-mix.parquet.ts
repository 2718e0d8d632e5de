// Overview page: the overview-mix table of every system (see loaders/refresh/tables/overviewMix.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("overview-mix"));
