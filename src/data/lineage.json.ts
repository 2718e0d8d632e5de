// Lineage page data: every ingest manifest with its outputs' checksums re-verified (loaders/governance/lineageReport.ts).
import {lineageReport} from "../../loaders/governance/lineageReport.js";
import {workDir} from "../../loaders/workspace/workDir.js";

process.stdout.write(JSON.stringify(await lineageReport(workDir())));
