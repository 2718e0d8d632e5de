// Fairness page: the PII-free row-level fairness table of credit-line (see loaders/refresh/tables/fairnessRows.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("parquet", ({select}) => select("fairness-rows", {system: "credit-line"}));
