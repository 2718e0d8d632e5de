// Readiness page data: data/readiness.yaml with every workflow scored (loaders/readiness/readinessReport.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";
import {readinessReport} from "../../loaders/readiness/readinessReport.js";

await runLoader("json", () => readinessReport());
