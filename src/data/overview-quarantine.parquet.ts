// Overview page: the overview-quarantine table of every system (see loaders/refresh/tables/overviewQuarantine.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("overview-quarantine"));
