import {overviewQuery} from "../../loaders/overview/overviewQuery.js";
import {runParquetLoader} from "../../loaders/output/runParquetLoader.js";
import {workDir} from "../../loaders/workspace/workDir.js";

await runParquetLoader(() => overviewQuery(workDir(), "daily"));
