import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {generate, type GenerateOptions, type Manifest} from "../../../loaders/generate/generate.js";
import type {SystemName} from "../../../loaders/generate/systems.js";
import {readCsv} from "./readCsv.js";

export type CsvRow = Record<string, string | null>;

export interface Sample {
  dir: string;
  manifest: Manifest;
  /** Well-formed decision rows by system, in file order, with `_file` and `_line`. */
  decisions: Record<SystemName, CsvRow[]>;
  /** The planted malformed records by system, as read (fields may be missing). */
  malformed: Record<SystemName, CsvRow[]>;
  outcomes: Record<SystemName, CsvRow[]>;
}

/** Generates a CSV sample into a new temp directory and reads it back with the test CSV reader. */
export async function loadSample(options: Omit<GenerateOptions, "out">): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), "workbench-generate-"));
  const manifest = await generate({...options, out: dir}, {log: () => {}});
  const decisions = {} as Sample["decisions"];
  const malformed = {} as Sample["malformed"];
  const outcomes = {} as Sample["outcomes"];
  for (const system of Object.keys(manifest.systems) as SystemName[]) {
    const planted = new Set(manifest.malformed[system].map((m) => `${m.file}:${m.line}`));
    decisions[system] = [];
    malformed[system] = [];
    for (const {file} of manifest.systems[system].decisions) {
      const {header, records} = readCsv(join(dir, file));
      for (const {line, fields} of records) {
        const row: CsvRow = Object.fromEntries(header.map((h, i) => [h, fields[i] ?? null]));
        row._file = file;
        row._line = String(line);
        (planted.has(`${file}:${line}`) ? malformed : decisions)[system].push(row);
      }
    }
    const {header, records} = readCsv(join(dir, manifest.systems[system].outcomes.file));
    outcomes[system] = records.map(({fields}) => Object.fromEntries(header.map((h, i) => [h, fields[i]])));
  }
  return {dir, manifest, decisions, malformed, outcomes};
}

/** The bytes of every file a manifest lists, plus the manifest itself, by relative path. */
export function outputBytes(dir: string, manifest: Manifest): Map<string, Buffer> {
  const files = ["manifest.json"];
  for (const s of Object.values(manifest.systems)) files.push(...s.decisions.map((d) => d.file), s.outcomes.file);
  return new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
}
