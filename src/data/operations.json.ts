// Operations page data: daily operations metrics and pipeline loads, aggregates only (see
// loaders/refresh/tables/operationsDaily.ts, operationsLoads.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";
import type {OperationsReport} from "../../src/lib/operations/OperationsReport.js";

await runLoader(
  "json",
  async ({rows}): Promise<OperationsReport> => ({daily: await rows("operations-daily"), loads: await rows("operations-loads")})
);
