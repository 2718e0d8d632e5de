// Data quality page: the quarantine table of every system (see loaders/refresh/tables/qualityQuarantine.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("quality-quarantine", {orderBy: `"system" NULLS LAST, "object" NULLS LAST, "week" NULLS LAST, "source_file" NULLS LAST, "check" NULLS LAST`}));
