/**
 * Benchmark: load time and bytes of the Overview (`/`) and ROI (`/roi`) pages of the built site (dist/) in headless
 * Chromium. Each page gets its own browser (a cold cache): the first load is timed from navigation start until
 * every Framework cell has settled (test/e2e/site.ts waitForCells), and the bytes are the Resource Timing sizes of
 * every response (transferSize: compressed bytes over the wire plus headers); then `repeats` more loads in the same
 * browser (a warm cache) give the median warm load. Prints one JSON line per page.
 *
 *   npm run build && node --import tsx bench/pageLoads.ts [repeats=5] [dist=dist]
 */
import {DIST_DIR} from "../test/e2e/discoverPages.js";
import {openSite} from "../test/e2e/site.js";

const repeats = Number(process.argv[2] ?? 5);
const dist = process.argv[3] ?? DIST_DIR;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const path of ["/", "/roi"]) {
  const site = await openSite(dist);
  try {
    const load = () =>
      site.withPage(
        path,
        (page) =>
          page.evaluate(() => {
            const entries = [
              ...performance.getEntriesByType("navigation"),
              ...performance.getEntriesByType("resource")
            ];
            const bytes = entries.reduce((s, e) => s + (e as PerformanceResourceTiming).transferSize, 0);
            return {ms: performance.now(), bytes, requests: entries.length};
          }),
        {settleTimeout: 120_000}
      );
    const cold = await load();
    const warm: number[] = [];
    for (let i = 0; i < repeats; ++i) warm.push((await load()).ms);
    process.stdout.write(
      JSON.stringify({
        page: path,
        cold_ms: Math.round(cold.ms),
        cold_bytes: cold.bytes,
        requests: cold.requests,
        warm_median_ms: Math.round(median(warm))
      }) + "\n"
    );
  } finally {
    await site.close();
  }
}
