/**
 * Benchmark: replay throughput of the same registered models on the same rows in onnxruntime-node (Node) and in
 * onnxruntime-web inside headless Chromium (the built site's own bundle and wasm, one thread), plus the
 * plain-TypeScript twin. Rows: the Replay page's sample of logged decisions (dist/_file/data/replay.*.json),
 * tiled to `rows`; batches of 65,536 as `runScores`; median of `repeats` timed runs after one warm-up.
 * Needs `npm run build` first and Chromium (see test/e2e/chromium.ts). Prints one JSON line per model.
 *
 *   node --import tsx bench/replayThroughput.ts [rows=200000] [repeats=5]
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import * as ort from "onnxruntime-node";
import type {PayloadModel, ReplayPayload} from "../loaders/models/replayPayload.js";
import {readOnnxModel} from "../loaders/models/readOnnxModel.js";
import {modelScore} from "../src/lib/replay/modelScore.js";
import {runScores} from "../src/lib/replay/runScores.js";
import {DIST_DIR} from "../test/e2e/discoverPages.js";
import {openSite} from "../test/e2e/site.js";

const rows = Number(process.argv[2] ?? 200_000);
const repeats = Number(process.argv[3] ?? 5);
const dataDir = join(DIST_DIR, "_file", "data");
const payload = JSON.parse(
  readFileSync(
    join(
      dataDir,
      readdirSync(dataDir).find((f) => /^replay\.[0-9a-f]+\.json$/.test(f))!
    ),
    "utf8"
  )
) as ReplayPayload;
const ortDir = readdirSync(join(DIST_DIR, "_node")).find((d) => d.startsWith("onnxruntime-web@"))!;
const ortModule = `/_node/${ortDir}/${readdirSync(join(DIST_DIR, "_node", ortDir)).find((f) => /^wasm\..*\.js$/.test(f))}`;
const ortWasm = `/_node/${ortDir}/ort-wasm-simd-threaded.wasm`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function tiled(model: PayloadModel): Float32Array {
  const sample = payload.systems.find((s) => s.system === model.system)!;
  const k = model.features.length;
  const x = new Float32Array(rows * k);
  for (let i = 0; i < rows; ++i) x.set(sample.rows[i % sample.rows.length].x, i * k);
  return x;
}

async function nodeRowsPerSecond(bytes: Uint8Array, x: Float32Array, k: number): Promise<number> {
  const session = await ort.InferenceSession.create(bytes, {intraOpNumThreads: 1, interOpNumThreads: 1});
  const times: number[] = [];
  for (let r = 0; r <= repeats; ++r) {
    const t0 = performance.now();
    await runScores({session, Tensor: ort.Tensor}, x, k);
    if (r > 0) times.push(performance.now() - t0);
  }
  await session.release();
  return (rows / median(times)) * 1000;
}

function tsRowsPerSecond(bytes: Uint8Array, x: Float32Array): number {
  const {spec} = readOnnxModel(bytes);
  const times: number[] = [];
  for (let r = 0; r <= Math.min(repeats, 3); ++r) {
    const t0 = performance.now();
    modelScore(spec, x);
    if (r > 0) times.push(performance.now() - t0);
  }
  return (rows / median(times)) * 1000;
}

const site = await openSite(DIST_DIR);
try {
  for (const model of payload.models) {
    const bytes = Uint8Array.from(Buffer.from(model.onnx_base64, "base64"));
    const k = model.features.length;
    const x = tiled(model);
    const node = await nodeRowsPerSecond(bytes, x, k);
    const ts = tsRowsPerSecond(bytes, x);
    const web = await site.withPage("/replay", (page) =>
      page.evaluate(
        async ({ortModule, ortWasm, base64, k, rows, repeats, sample}) => {
          const ort = await import(ortModule);
          ort.env.wasm.wasmPaths = {wasm: ortWasm};
          ort.env.wasm.numThreads = 1;
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const session = await ort.InferenceSession.create(bytes);
          const x = new Float32Array(rows * k);
          for (let i = 0; i < rows; ++i) x.set(sample[i % sample.length], i * k);
          const times: number[] = [];
          for (let r = 0; r <= repeats; ++r) {
            const t0 = performance.now();
            for (let start = 0; start < rows; start += 65536) {
              const n = Math.min(65536, rows - start);
              await session.run({features: new ort.Tensor("float32", x.subarray(start * k, (start + n) * k), [n, k])});
            }
            if (r > 0) times.push(performance.now() - t0);
          }
          times.sort((a, b) => a - b);
          return (rows / times[Math.floor(times.length / 2)]) * 1000;
        },
        {
          ortModule,
          ortWasm,
          base64: model.onnx_base64,
          k,
          rows,
          repeats,
          sample: payload.systems.find((s) => s.system === model.system)!.rows.map((r) => r.x)
        }
      )
    );
    process.stdout.write(
      JSON.stringify({
        model: `${model.name}@${model.version}`,
        type: model.type,
        rows,
        node_rows_per_s: Math.round(node),
        chromium_web_rows_per_s: Math.round(web),
        plain_ts_rows_per_s: Math.round(ts),
        node_over_web: Number((node / web).toFixed(2))
      }) + "\n"
    );
  }
} finally {
  await site.close();
}
