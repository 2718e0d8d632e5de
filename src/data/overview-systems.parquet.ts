// Overview page: the overview-systems table of every system (see loaders/refresh/tables/overviewSystems.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("overview-systems"));
