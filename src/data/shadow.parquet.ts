// Shadow page rows: every decision scored by both the production and the shadow model, no PII (see
// loaders/refresh/tables/shadowRows.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("shadow-rows"));
