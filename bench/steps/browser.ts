import {execFileSync} from "node:child_process";
import {cpSync, existsSync, rmSync} from "node:fs";
import {join} from "node:path";
import {ROOT, jsonLines, node, say, type Bench} from "../bench.js";
import {measure} from "../measure.js";
import type {Step} from "./Step.js";

/** Runs one browser measurement; a failure (e.g. dist/ rebuilt by someone else meanwhile) is recorded, the rest go on. */
async function attempt(bench: Bench, name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    bench.record({step: name, note: `FAILED: ${(error as Error).message.split("\n")[0]}`});
  }
}

export const browser: Step = {
  name: "browser",
  summary:
    "needs `npm run build`: Overview and ROI load, the Fairness page re-slice at N rows, ONNX replay in Chromium vs onnxruntime-node",
  optional: true,
  async run(bench) {
    // a private copy of the build: others may rebuild dist/ meanwhile (replayThroughput.ts reads dist/ itself)
    const complete = (d: string) =>
      ["index.html", "roi.html", "fairness.html", "_file/data"].every((f) => existsSync(join(d, f)));
    const site = join(ROOT, "bench/.out/dist");
    if (!complete(join(ROOT, "dist"))) {
      say("no complete dist/: npm run build");
      execFileSync("npm", ["run", "-s", "build"], {cwd: ROOT, stdio: ["ignore", "ignore", "inherit"]});
    }
    rmSync(site, {recursive: true, force: true});
    cpSync(join(ROOT, "dist"), site, {recursive: true});
    if (!complete(site)) throw new Error("dist/ changed while it was copied: run again");
    await attempt(bench, "browser: pages", async () => {
      const pages = await measure("node", node("bench/pageLoads.ts", "5", site));
      for (const p of jsonLines<{
        page: string;
        cold_ms: number;
        cold_bytes: number;
        requests: number;
        warm_median_ms: number;
      }>(pages.stdout))
        bench.record({
          step: `browser: page ${p.page === "/" ? "Overview" : "ROI"} (${p.page})`,
          note: `cold load ${p.cold_ms} ms, ${p.cold_bytes.toLocaleString("en")} bytes in ${p.requests} requests; warm median ${p.warm_median_ms} ms`
        });
    });
    await attempt(bench, "browser: fairness re-slice", async () => {
      const reslice = await measure(
        "node",
        node("bench/fairnessReslice.ts", "--rows", String(bench.size), "--repeats", "9", "--dist", site)
      );
      const r = JSON.parse(reslice.stdout.slice(reslice.stdout.indexOf("{"), reslice.stdout.lastIndexOf("}") + 1)) as {
        rows: number;
        first_slice_ms: number;
        runs: {label: string; median_ms: number; median_query_ms: number}[];
        attribute_change_median_ms: number;
      };
      bench.record({
        step: "browser: Fairness re-slice (DuckDB-wasm)",
        rows: r.rows,
        note: `${r.runs.map((x) => `${x.label}: median ${x.median_ms} ms (query ${x.median_query_ms} ms)`).join("; ")}; attribute change median ${r.attribute_change_median_ms} ms; first slice ${r.first_slice_ms} ms`
      });
    });
    await attempt(bench, "browser: ONNX replay", async () => {
      const replay = await measure("node", node("bench/replayThroughput.ts", "200000", "5"));
      for (const x of jsonLines<{
        model: string;
        rows: number;
        node_rows_per_s: number;
        chromium_web_rows_per_s: number;
        node_over_web: number;
      }>(replay.stdout)) {
        bench.record({
          step: `browser: ONNX replay ${x.model}`,
          rows: x.rows,
          note: `onnxruntime-node ${x.node_rows_per_s.toLocaleString("en")} rows/s, Chromium onnxruntime-web ${x.chromium_web_rows_per_s.toLocaleString("en")} rows/s`
        });
        bench.ratio(
          `ONNX replay ${x.model}: onnxruntime-node ÷ onnxruntime-web in Chromium = ${x.node_over_web}× (web is ${(100 / x.node_over_web).toFixed(0)} % of native)`
        );
      }
    });
  }
};
