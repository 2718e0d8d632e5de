import {createHash} from "node:crypto";
import {once} from "node:events";
import {createReadStream, createWriteStream} from "node:fs";
import {Transform} from "node:stream";
import {pipeline} from "node:stream/promises";
import {createGunzip} from "node:zlib";
import {InputError} from "../cli/errors.js";
import {CsvRecordReader, type CsvRecord} from "./CsvRecordReader.js";
import type {SourceFormat} from "./sourceFormat.js";

/** Columns of a staging file, before the contract's columns (all text): see stageText. */
export const STAGING_COLUMNS = ["_row", "_check", "_error", "_raw"] as const;

/** `progress` is called each time another this many lines have been read. */
export const PROGRESS_LINES = 1_000_000;

export interface StageResult {
  /** Records staged (accepted + quarantined later); blank lines are not records. */
  rows: number;
  blankLines: number;
  /** Size and sha256 of the file as stored (compressed bytes for .gz). */
  bytes: number;
  sha256: string;
  /** Contract columns absent from the CSV header, or never present as a key in any JSON object. */
  missingColumns: string[];
  /** Source columns the contract does not name (ignored): CSV header fields, or keys of the first JSON object. */
  extraColumns: string[];
}

/**
 * Reads a CSV or JSON Lines file (optionally gzip) and writes a normalised staging CSV for DuckDB:
 * one line per record with `_row` (1-based line the record starts on), `_check` and `_error` (set when
 * the record itself is unusable: wrong field count, malformed quoting, malformed JSON, not an object),
 * `_raw` (the record as received, only for unusable records), then the contract's `columns` as text,
 * empty meaning missing. Every record of the source is written exactly once: nothing is dropped.
 *
 * CSV: RFC 4180 with `,`, a header line naming the columns (matched exactly after trimming), any column
 * order; extra columns are ignored. JSON Lines: one object per line; numbers and booleans become their
 * JSON text, nested values their JSON, null and "" are missing. Text is decoded as UTF-8 (invalid bytes
 * become U+FFFD); a BOM and `\r` line ends are accepted.
 *
 * `progress(lines)` is called every PROGRESS_LINES lines, for long files.
 *
 * @throws {InputError} `<file>: cannot read (ENOENT)`, `<file>: not a readable gzip file (...)`,
 *   `<file>: empty file (no header)`, `<file>: duplicate header field "x"`
 */
export async function stageText(
  file: string,
  format: SourceFormat,
  columns: readonly string[],
  stagingFile: string,
  progress: (lines: number) => void = () => {}
): Promise<StageResult> {
  const hash = createHash("sha256");
  let bytes = 0;
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    }
  });
  const out = createWriteStream(stagingFile);
  const stager = format.kind === "csv" ? new CsvStager(file, columns) : new JsonStager(columns);
  let buffer = "";
  let writeError: Error | undefined; // the staging file's own errors (disk full ...) are not the source's
  out.on("error", (error) => void (writeError = error));
  const flush = async () => {
    if (writeError) throw writeError;
    if (!out.write(buffer)) await once(out, "drain"); // rejects on an "error" event
    buffer = "";
  };
  const decoder = new TextDecoder("utf-8");
  let tail = "";
  let line = 0;
  const lines = (text: string) => {
    const parts = (tail + text).split("\n");
    tail = parts.pop()!;
    for (const part of parts) buffer += stager.line(part.endsWith("\r") ? part.slice(0, -1) : part, ++line);
  };
  const consume = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      const before = line;
      lines(decoder.decode(chunk, {stream: true}));
      if (Math.floor(line / PROGRESS_LINES) > Math.floor(before / PROGRESS_LINES)) progress(line);
      if (buffer.length > 1 << 20) await flush();
    }
    lines(decoder.decode());
    if (tail !== "") buffer += stager.line(tail.endsWith("\r") ? tail.slice(0, -1) : tail, ++line);
    buffer += stager.end();
    await flush();
  };
  try {
    if (format.gzip) await pipeline(createReadStream(file), hasher, createGunzip(), consume);
    else await pipeline(createReadStream(file), hasher, consume);
  } catch (error) {
    out.destroy();
    if (error instanceof InputError || error === writeError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR")
      throw new InputError(`cannot read (${e.code})`, {file});
    if (e.code?.startsWith("Z_")) throw new InputError(`not a readable gzip file (${e.message})`, {file});
    throw error;
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (format.kind === "csv" && !(stager as CsvStager).header) throw new InputError("empty file (no header)", {file});
  return {
    rows: stager.rows,
    blankLines: stager.blankLines,
    bytes,
    sha256: hash.digest("hex"),
    missingColumns: stager.missingColumns(),
    extraColumns: stager.extraColumns
  };
}

/** A staging CSV field: empty stays empty (missing); quoted when it holds `"`, `,`, `\n` or `\r`. */
function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function errorLine(line: number, check: string, error: string, raw: string, width: number): string {
  return `${line},${field(check)},${field(error)},${field(raw)}${",".repeat(width)}\n`;
}

class CsvStager {
  header: string[] | undefined;
  rows = 0;
  extraColumns: string[] = [];
  private reader = new CsvRecordReader();
  private index: number[] = [];
  private identity = false;

  constructor(
    private readonly file: string,
    private readonly columns: readonly string[]
  ) {}

  get blankLines(): number {
    return this.reader.blankLines;
  }

  line(text: string, line: number): string {
    return this.records(this.reader.push(text, line));
  }

  end(): string {
    return this.records(this.reader.end());
  }

  missingColumns(): string[] {
    return this.columns.filter((_, i) => this.index[i] < 0);
  }

  private records(records: CsvRecord[]): string {
    let s = "";
    for (const r of records) {
      if (!this.header) {
        this.setHeader(r);
        continue;
      }
      ++this.rows;
      const width = this.columns.length;
      if (r.error) s += errorLine(r.line, "row: malformed quoting", r.error, r.text, width);
      else if (r.fields!.length !== this.header.length)
        s += errorLine(
          r.line,
          "row: field count",
          `expected ${this.header.length} fields, found ${r.fields!.length}`,
          r.text,
          width
        );
      else if (this.identity && !r.text.includes('"') && !r.text.includes("\r")) s += `${r.line},,,,${r.text}\n`;
      else s += `${r.line},,,,${this.index.map((i) => (i < 0 ? "" : field(r.fields![i]))).join(",")}\n`;
    }
    return s;
  }

  private setHeader(r: CsvRecord): void {
    if (r.error) throw new InputError(`malformed header (${r.error})`, {file: this.file, row: r.line});
    const header = r.fields!.map((f) => f.trim());
    header.forEach((h, i) => {
      if (header.indexOf(h) !== i)
        throw new InputError(`duplicate header field "${h}"`, {file: this.file, row: r.line});
    });
    this.header = header;
    this.index = this.columns.map((c) => header.indexOf(c));
    this.extraColumns = header.filter((h) => !this.columns.includes(h));
    this.identity = header.length === this.columns.length && this.index.every((h, i) => h === i);
  }
}

class JsonStager {
  rows = 0;
  blankLines = 0;
  extraColumns: string[] = [];
  private seen: boolean[];
  private objects = 0;

  constructor(private readonly columns: readonly string[]) {
    this.seen = columns.map(() => false);
  }

  line(text: string, line: number): string {
    if (text.trim() === "") {
      ++this.blankLines;
      return "";
    }
    ++this.rows;
    const width = this.columns.length;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return errorLine(line, "row: malformed JSON", `malformed JSON: ${(error as Error).message}`, text, width);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return errorLine(line, "row: not a JSON object", "not a JSON object", text, width);
    const object = value as Record<string, unknown>;
    if (this.objects++ === 0) {
      this.extraColumns = Object.keys(object).filter((k) => !this.columns.includes(k));
    }
    let s = `${line},,,`;
    for (let i = 0; i < width; ++i) {
      const v = object[this.columns[i]];
      if (v === undefined) s += ",";
      else {
        this.seen[i] = true;
        if (v === null) s += ",";
        else if (typeof v === "number" || typeof v === "boolean")
          s += "," + String(v); // as JSON writes them
        else s += "," + field(typeof v === "string" ? v : JSON.stringify(v));
      }
    }
    return s + "\n";
  }

  end(): string {
    return "";
  }

  missingColumns(): string[] {
    return this.objects === 0 ? [] : this.columns.filter((_, i) => !this.seen[i]);
  }
}
