import {mkdtemp, readdir, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {writeParquet} from "../output/writeParquet.js";
import {shadowLatency, type ShadowLatency} from "./shadowLatency.js";
import {committedFiles} from "../workspace/committedFiles.js";
import {SHADOW_SEGMENTS, shadowRows, type ShadowData} from "./shadowRows.js";

/** Every segment column of any system, in one table (null where a system has no such column). */
const COLUMNS = [...new Set(Object.values(SHADOW_SEGMENTS).flat())];

/** What the Shadow page needs besides the rows: per system, the model pair, its segments and its latency. */
export interface ShadowMeta {
  systems: (Omit<ShadowData, "rows"> & {rows: number; latency: ShadowLatency})[];
}

async function systemsWithShadow(dataDir: string, db: Db): Promise<ShadowData[]> {
  const present = new Set(await readdir(dataDir).catch(() => [] as string[]));
  const out: ShadowData[] = [];
  for (const system of Object.keys(SHADOW_SEGMENTS).sort())
    if (present.has(system)) out.push(await shadowRows({dir: join(dataDir, system), system}, {db}));
  return out;
}

/**
 * Writes the Shadow page's rows as zstd Parquet: every decision both models scored, of every ingested system
 * (shadowRows; no PII), one row each with system, day, both scores and decisions, label, confidence band,
 * value under each decision and the segment columns. Ordered by system and decision id.
 *
 * @example await writeShadowParquet(workDir(), {db});
 */
export async function writeShadowParquet(dataDir: string, {db, out}: {db: Db; out?: Writable}): Promise<void> {
  const systems = await systemsWithShadow(dataDir, db);
  const dir = await mkdtemp(join(tmpdir(), "shadow-"));
  try {
    const file = join(dir, "rows.jsonl");
    const lines = systems.flatMap((s) =>
      s.rows.map((r, i) =>
        JSON.stringify({system: s.system, seq: i, ...Object.fromEntries(COLUMNS.map((c) => [c, null])), ...r})
      )
    );
    await writeFile(file, lines.join("\n") + "\n");
    const columns = {
      system: "VARCHAR",
      seq: "INTEGER",
      day: "VARCHAR",
      champion_score: "DOUBLE",
      challenger_score: "DOUBLE",
      champion_decision: "VARCHAR",
      challenger_decision: "VARCHAR",
      label: "BOOLEAN",
      confidence_band: "VARCHAR",
      champion_value: "DOUBLE",
      challenger_value: "DOUBLE",
      ...Object.fromEntries(COLUMNS.map((c) => [c, "VARCHAR"]))
    };
    const spec = Object.entries(columns)
      .map(([k, v]) => `${sqlLiteral(k)}: ${sqlLiteral(v)}`)
      .join(", ");
    await writeParquet(
      db,
      `SELECT * EXCLUDE (seq) FROM read_json(${sqlLiteral(file)}, format = 'newline_delimited', columns = {${spec}}) ORDER BY system, seq`,
      out
    );
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/**
 * The Shadow page's metadata: per ingested system, its champion and challenger, favourable decision, segments
 * (and which are judged: the protected ones), row count, and the inference latency of both models measured by
 * replaying them with onnxruntime-node (shadowLatency).
 *
 * @example const meta = await shadowMeta(workDir(), "models/registry.json", {db, log});
 */
export async function shadowMeta(
  dataDir: string,
  registryFile: string,
  {db, log}: {db: Db; log: (message: string) => void}
): Promise<ShadowMeta> {
  const systems = await systemsWithShadow(dataDir, db);
  const out: ShadowMeta["systems"] = [];
  for (const {rows, ...s} of systems) {
    const latency = await shadowLatency(
      {
        registryFile,
        input: committedFiles(join(dataDir, s.system), "decisions", true)?.accepted ?? "",
        champion: s.champion,
        challenger: s.challenger
      },
      {db, log}
    );
    out.push({...s, rows: rows.length, latency});
  }
  return {systems: out};
}
