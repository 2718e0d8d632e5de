import {auditRowsQuery} from "../../loaders/governance/auditRowsQuery.js";
import {runParquetLoader} from "../../loaders/output/runParquetLoader.js";
import {workDir} from "../../loaders/workspace/workDir.js";

await runParquetLoader(() => auditRowsQuery(workDir(), "credit-line"));
