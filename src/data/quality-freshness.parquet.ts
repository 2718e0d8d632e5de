// Data quality page: the freshness of every system, the Overview's (see loaders/refresh/tables/overviewSystems.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) =>
  select("overview-systems", {
    columns: ["system", "last_decision", "as_of", "as_of_basis", "freshness_hours", "sla_hours", "fresh"],
    orderBy: "system"
  })
);
