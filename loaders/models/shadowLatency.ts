import type {Db} from "../db/openDb.js";
import {replayLog} from "./replayLog.js";
import type {ShadowLatency} from "../../src/lib/shadow/ShadowMeta.js";

export type {ShadowLatency};

/**
 * The latency delta of a shadow deployment: replays the champion's logged decisions and the challenger's
 * logged shadow scores (replayLog, one thread, batches of 65,536) and converts each model's rows per second
 * into microseconds per row. The logged latency_ms covers the whole service call (features, network), so only
 * the model's own share can be compared this way. With `sample`, each model replays only its `sample` rows with the
 * smallest md5(decision_id) (replayLog's fixed sample), and the reproduced shares are the sample's.
 *
 * @example
 * await shadowLatency({registryFile: "models/registry.json", input: "data/.work/credit-line/decisions.parquet",
 *   champion: "credit-gbdt@2.0.0", challenger: "credit-lr@1.0.0", sample: 10_000}, {db, log});
 */
export async function shadowLatency(
  {
    registryFile,
    input,
    champion,
    challenger,
    sample
  }: {registryFile: string; input: string; champion: string; challenger: string; sample?: number},
  {db, log}: {db: Db; log: (message: string) => void}
): Promise<ShadowLatency> {
  const a = await replayLog({registryFile, input, model: champion, sample}, {db, log});
  const b = await replayLog({registryFile, input, model: challenger, shadow: true, sample}, {db, log});
  const us = (rps: number | null) => (rps ? 1e6 / rps : null);
  const ca = us(a.rows_per_second);
  const cb = us(b.rows_per_second);
  return {
    runtime: "onnxruntime-node",
    sample: sample ?? null,
    champion_rows: a.rows,
    challenger_rows: b.rows,
    champion_us_per_row: ca,
    challenger_us_per_row: cb,
    delta_us_per_row: ca !== null && cb !== null ? cb - ca : null,
    champion_reproduced_share: a.reproduced_share,
    challenger_reproduced_share: b.reproduced_share
  };
}
