import {fairnessRowsQuery} from "../../loaders/fairness/fairnessRowsQuery.js";
import {runParquetLoader} from "../../loaders/output/runParquetLoader.js";
import {workDir} from "../../loaders/workspace/workDir.js";

await runParquetLoader(() => fairnessRowsQuery(workDir(), "fraud-screen"));
