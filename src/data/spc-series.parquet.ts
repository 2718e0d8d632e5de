// SPC page data: every SPC series of every system by UTC day and ISO week, drift scores included (see
// loaders/refresh/tables/spcSeries.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("spc-series"));
