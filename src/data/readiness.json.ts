// Readiness page data: data/readiness.yaml with every workflow scored (loaders/readiness/readinessReport.ts).
import {readinessReport} from "../../loaders/readiness/readinessReport.js";

process.stdout.write(JSON.stringify(await readinessReport()));
