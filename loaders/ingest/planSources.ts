import {join} from "node:path";
import {InputError} from "../cli/errors.js";
import type {SchemaObject} from "../contract/Contract.js";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {IngestSettings} from "./ingestSettings.js";
import type {SourceEntry} from "./Manifest.js";
import type {Source} from "./resolveSources.js";
import {MAX_LISTED_LINES, scanText, type TextScan} from "./scanText.js";
import {sha256File} from "./sha256File.js";
import type {SourceFormat} from "./sourceFormat.js";
import {NULL_SENTINEL} from "./sourceRelations.js";
import {splitCsvRecord} from "./splitCsvRecord.js";
import {headerFields, stageText} from "./stageText.js";

/** How ingest reads one source (see planSource). */
export type SourceRead =
  | {kind: "csv"; scan: TextScan; header: string[]}
  | {kind: "staged"; staging: string; scan?: TextScan}
  | {kind: "parquet"; present: string[]};

/** A source with its manifest entry (rows filled in later) and the way it is read. */
export interface PlannedSource {
  index: number;
  source: Source;
  format: SourceFormat;
  entry: SourceEntry;
  read: SourceRead;
}

/**
 * Decides how to read source `index` and reads what must be read first:
 *
 * - Parquet: DuckDB reads it directly (DESCRIBE for its columns).
 * - CSV: one byte-level pass (scanText: sha256, lines, line ends, blank, overlong and invalid-UTF-8 lines). When
 *   DuckDB's strict reader can take the file as it is (consistent line ends, no NUL/VT/FF, at most MAX_LISTED_LINES
 *   blank, overlong or invalid lines, latin-1 without C1 control bytes), DuckDB parses it in parallel (`csv`);
 *   otherwise, or when `forceStaged`, stageText reads it record by record in Node into a staging CSV (`staged`).
 * - JSON Lines: staged.
 *
 * The CSV header is checked either way: duplicate or case-only-different names, malformed quoting.
 *
 * @throws {InputError} an unreadable file or gzip, an empty file, a malformed or duplicate header
 */
export async function planSource(
  db: Db,
  {index, source, format}: {index: number; source: Source; format: SourceFormat},
  {
    object,
    settings,
    work,
    forceStaged = false,
    log
  }: {
    object: SchemaObject;
    settings: IngestSettings;
    work: string;
    forceStaged?: boolean;
    log: (message: string) => void;
  }
): Promise<PlannedSource> {
  const columns = object.properties.map((p) => p.name);
  const entry = (e: {bytes: number; sha256: string; blankLines: number; present: readonly string[]}): SourceEntry => ({
    file: source.name,
    format: format.kind,
    gzip: format.gzip,
    bytes: e.bytes,
    sha256: e.sha256,
    rows: {read: 0, accepted: 0, quarantined: 0, purged: 0},
    blankLines: e.blankLines,
    missingColumns: columns.filter((c) => !e.present.includes(c)),
    ignoredColumns: e.present.filter((c) => !columns.includes(c))
  });
  if (format.kind === "parquet") {
    let present: string[];
    try {
      present = (
        await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(source.path)})`)
      ).map((r) => r.column_name);
    } catch (error) {
      throw new InputError(`not a readable Parquet file (${(error as Error).message.split("\n")[0]})`, {
        file: source.path
      });
    }
    const hashed = await sha256File(source.path);
    return {index, source, format, entry: entry({...hashed, blankLines: 0, present}), read: {kind: "parquet", present}};
  }
  const scan = await scanText(source.path, {
    gzip: format.gzip,
    encoding: settings.encoding,
    maxLineBytes: settings.maxRecordBytes,
    sentinel: NULL_SENTINEL
  });
  let header: string[] | undefined;
  if (format.kind === "csv") {
    if (scan.header === undefined) throw new InputError("empty file (no header)", {file: source.path});
    const text = scan.header.toString(settings.encoding === "utf-8" ? "utf8" : "latin1");
    const fields = splitCsvRecord(text);
    if (typeof fields === "string" && !fields.startsWith("unterminated"))
      throw new InputError(`malformed header (${fields})`, {file: source.path, row: 1});
    if (typeof fields !== "string") header = headerFields(fields, source.path);
  }
  const fast =
    !forceStaged &&
    header !== undefined &&
    !scan.mixedLineEnds &&
    !scan.rareBytes &&
    !scan.sentinelFound &&
    !scan.c1Bytes &&
    scan.blankCount <= MAX_LISTED_LINES &&
    scan.invalidUtf8Count <= MAX_LISTED_LINES &&
    scan.longLines.length < MAX_LISTED_LINES &&
    !scan.invalidUtf8.some((l) => l.line === 1);
  if (fast)
    return {
      index,
      source,
      format,
      entry: entry({...scan, blankLines: scan.blankCount, present: header!}),
      read: {kind: "csv", scan, header: header!}
    };
  const staging = join(work, `${index}.staged.csv`);
  const t = Date.now();
  const staged = await stageText(
    source.path,
    staging,
    {format, columns, encoding: settings.encoding, maxRecordBytes: settings.maxRecordBytes},
    (lines) => log(`${source.name}: ${lines.toLocaleString("en")} lines read`)
  );
  log(`${source.name}: read record by record in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const planned = {
    index,
    source,
    format,
    entry: entry({...scan, blankLines: staged.blankLines, present: []}),
    read: {kind: "staged" as const, staging, scan}
  };
  planned.entry.missingColumns = staged.missingColumns;
  planned.entry.ignoredColumns = staged.extraColumns;
  planned.entry.rows.read = staged.rows;
  return planned;
}
