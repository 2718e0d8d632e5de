// Decision audit page: every decision of fraud-screen without personal data (see loaders/refresh/tables/auditRows.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("audit-rows", {system: "fraud-screen"}));
