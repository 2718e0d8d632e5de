// Fairness page: the PII-free row-level fairness table of fraud-screen (see loaders/refresh/tables/fairnessRows.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("fairness-rows", {system: "fraud-screen"}));
