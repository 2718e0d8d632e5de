// ROI page data: every system's ROI report, or why it has none (see loaders/refresh/tables/roiReport.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";
import type {RoiPayload} from "../../src/lib/roi/RoiPayload.js";

await runLoader("json", async ({rows}) => {
  const payload: RoiPayload = {reports: [], skipped: []};
  for (const r of await rows<{system: string; report: string | null; skipped: string | null}>("roi-report"))
    if (r.report !== null) payload.reports.push(JSON.parse(r.report) as RoiPayload["reports"][number]);
    else payload.skipped.push({system: r.system, reason: r.skipped!});
  return payload;
});
