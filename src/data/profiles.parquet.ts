// Explore page: per-day and per-week profile summaries of every system's features and score, without histograms,
// top-k lists and sketch state (see loaders/refresh/tables/profiles.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";
import {PAGE_PROFILE_COLUMNS} from "../../loaders/profile/pageProfileColumns.js";

await runLoader("parquet", ({select}) =>
  select("profiles", {columns: PAGE_PROFILE_COLUMNS, orderBy: `system, grain, window_start, "column"`})
);
