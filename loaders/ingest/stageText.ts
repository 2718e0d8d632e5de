import {isUtf8} from "node:buffer";
import {once} from "node:events";
import {createWriteStream} from "node:fs";
import {InputError} from "../cli/errors.js";
import {sourceReadError} from "./sourceReadError.js";
import {byteLines} from "./byteLines.js";
import {CsvRecordReader, type CsvRecord} from "./CsvRecordReader.js";
import {invalidOffsets} from "./scanText.js";
import type {SourceFormat} from "./sourceFormat.js";

/** Columns of a staging file, before the contract's columns (all text): see stageText. */
export const STAGING_COLUMNS = ["_row", "_check", "_error", "_raw"] as const;

/** `progress` is called each time another this many lines have been read. */
export const PROGRESS_LINES = 1_000_000;

/** How much of an overlong record the quarantine keeps in `_raw` (at most maxRecordBytes). */
export const RAW_PREFIX_BYTES = 4096;

export interface StageOptions {
  format: SourceFormat;
  /** The contract columns, in contract order: the staging file's columns after STAGING_COLUMNS. */
  columns: readonly string[];
  encoding: "utf-8" | "latin-1";
  /** A record longer than this is an error record (its first RAW_PREFIX_BYTES kept in `_raw`). */
  maxRecordBytes: number;
  /**
   * Stage only these physical lines (sorted), each as a record of its own, with the CSV header given in `header`:
   * the records DuckDB read or rejected in a file it could parse (see ingest), to quarantine them as received.
   */
  only?: readonly number[];
  lineIndex?: readonly number[];
  header?: Buffer;
}

export interface StageResult {
  /** Records staged (accepted + quarantined later); blank lines are not records. */
  rows: number;
  blankLines: number;
  /** Contract columns absent from the CSV header, or never present as a key in any JSON object. */
  missingColumns: string[];
  /** Source columns the contract does not name (ignored): CSV header fields, or keys of the first JSON object. */
  extraColumns: string[];
}

/**
 * Reads a CSV or JSON Lines file (optionally gzip) in Node and writes a normalised staging CSV for DuckDB: one
 * line per record with `_row` (1-based line the record starts on), `_check` and `_error` (set when the record
 * itself is unusable: wrong field count, malformed quoting, malformed JSON, not an object, invalid UTF-8, longer
 * than `maxRecordBytes`), `_raw` (the record as received, only for unusable records), then the contract's
 * `columns` as text, empty meaning missing. Every record of the source is written exactly once: nothing is dropped.
 * This is the exact path for sources DuckDB's reader cannot take as they are (ingest reads the others in DuckDB and
 * uses this only for the lines it must quarantine, `only`).
 *
 * CSV: RFC 4180 with `,`, a header line naming the columns (matched exactly after trimming), any column
 * order; extra columns are ignored. JSON Lines: one object per line; numbers and booleans become their
 * JSON text, nested values their JSON, null and "" are missing. A BOM and `\r\n` line ends are accepted.
 *
 * Encoding: UTF-8 by default, each line checked byte by byte: a line with a byte that is not UTF-8 is an error
 * record `invalid UTF-8 at byte N of field x` (N counts from 1 in the field as written), its `_raw` the line with
 * each such byte written `\xNN`; never a silent U+FFFD. With `latin-1` every byte is its own character.
 *
 * @throws {InputError} `<file>: empty file (no header)`, `<file>: duplicate header field "x"`, ...
 */
export async function stageText(
  file: string,
  stagingFile: string,
  options: StageOptions,
  progress: (lines: number) => void = () => {}
): Promise<StageResult> {
  const {format, columns, encoding, maxRecordBytes, only} = options;
  const out = createWriteStream(stagingFile);
  let writeError: Error | undefined; // the staging file's own errors (disk full ...) are not the source's
  out.on("error", (error) => void (writeError = error));
  const stager = format.kind === "csv" ? new CsvStager(file, columns) : new JsonStager(columns);
  if (options.header && stager instanceof CsvStager) stager.line(options.header.toString(decoding(encoding)), 1);
  let buffer = "";
  const flush = async () => {
    if (writeError) throw writeError;
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  };
  let lines = 0;
  try {
    for await (const {line, bytes, length} of byteLines(file, {
      gzip: format.gzip,
      maxBytes: maxRecordBytes + 1,
      only,
      lineIndex: options.lineIndex
    })) {
      const text = (line === 1 && !only ? stripBom(bytes) : bytes).toString(decoding(encoding));
      if (length > maxRecordBytes)
        buffer += stager.error(
          line,
          "row: too long",
          `record longer than ${maxRecordBytes} bytes (${length})`,
          prefix(bytes, encoding, maxRecordBytes)
        );
      else if (encoding === "utf-8" && !isUtf8(bytes)) {
        const at = invalidOffsets(bytes)[0];
        const latin = bytes.toString("latin1");
        const where = stager.fieldAt(latin, at);
        buffer += stager.error(
          line,
          "row: invalid UTF-8",
          `invalid UTF-8 at byte ${where.byte} of field ${where.field}`,
          escaped(bytes)
        );
      } else buffer += stager.line(text, line);
      if (only) buffer += stager.end();
      if (++lines % PROGRESS_LINES === 0) progress(lines);
      if (buffer.length > 1 << 20) await flush();
    }
    buffer += stager.end();
    await flush();
  } catch (error) {
    out.destroy();
    if (error instanceof InputError || error === writeError) throw error;
    throw sourceReadError(error, file);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (stager instanceof CsvStager && !stager.header) throw new InputError("empty file (no header)", {file});
  return {
    rows: stager.rows,
    blankLines: stager.blankLines,
    missingColumns: stager.missingColumns(),
    extraColumns: stager.extraColumns
  };
}

const decoding = (encoding: "utf-8" | "latin-1"): BufferEncoding => (encoding === "utf-8" ? "utf8" : "latin1");

function stripBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The line with each byte that is not part of valid UTF-8 written as `\xNN` (our own escape, documented). */
function escaped(bytes: Buffer): string {
  const bad = new Set<number>();
  for (let i = 0; i < bytes.length;) {
    const offsets = invalidOffsets(bytes.subarray(i));
    if (offsets.length === 0) break;
    bad.add(i + offsets[0]);
    i += offsets[0] + 1;
  }
  let s = "";
  let start = 0;
  for (const at of [...bad].sort((a, b) => a - b)) {
    s += bytes.subarray(start, at).toString("utf8") + `\\x${bytes[at].toString(16).toUpperCase().padStart(2, "0")}`;
    start = at + 1;
  }
  return s + bytes.subarray(start).toString("utf8");
}

/** The first RAW_PREFIX_BYTES (at most `max`) of an overlong record, decoded, and `…` for what was left out. */
function prefix(bytes: Buffer, encoding: "utf-8" | "latin-1", max: number): string {
  const head = bytes.subarray(0, Math.min(RAW_PREFIX_BYTES, max));
  return `${encoding === "utf-8" ? escaped(head) : head.toString("latin1")}…`;
}

/** A staging CSV field: empty stays empty (missing); quoted when it holds `"`, `,`, `\n` or `\r`. */
function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function errorLine(line: number, check: string, error: string, raw: string, width: number): string {
  return `${line},${field(check)},${field(error)},${field(raw)}${",".repeat(width)}\n`;
}

/** The field (by name) and 1-based byte within it of byte `offset` of a CSV line read as latin-1 (1 byte = 1 char). */
function csvFieldAt(
  text: string,
  offset: number,
  header: readonly string[] | undefined
): {field: string; byte: number} {
  let index = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < offset; ++i) {
    const c = text[i];
    if (c === '"') {
      if (i === start) {
        quoted = true;
        start = i + 1;
      } else if (quoted && text[i + 1] === '"') ++i;
      else if (quoted) quoted = false;
    } else if (c === "," && !quoted) {
      ++index;
      start = i + 1;
    }
  }
  return {field: header?.[index] ?? String(index + 1), byte: offset - start + 1};
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

  /** An unusable line as a record of its own (records pending before it are flushed first). */
  error(line: number, check: string, error: string, raw: string): string {
    const before = this.end();
    if (!this.header) throw new InputError(`header: ${error}`, {file: this.file, row: line});
    ++this.rows;
    return before + errorLine(line, check, error, raw, this.columns.length);
  }

  fieldAt(text: string, offset: number): {field: string; byte: number} {
    return csvFieldAt(text, offset, this.header);
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
    this.header = headerFields(r.fields!, this.file);
    this.index = this.columns.map((c) => this.header!.indexOf(c));
    this.extraColumns = this.header.filter((h) => !this.columns.includes(h));
    this.identity = this.header.length === this.columns.length && this.index.every((h, i) => h === i);
  }
}

/**
 * A CSV header's field names, trimmed, checked: a duplicate name is an error (which column would it be?), and so
 * is one differing from another only in case (DuckDB's column names ignore case).
 *
 * @throws {InputError} `<file>:1: duplicate header field "x"`
 */
export function headerFields(fields: readonly string[], file: string): string[] {
  const header = fields.map((f) => f.trim());
  header.forEach((h, i) => {
    const j = header.findIndex((g) => g.toLowerCase() === h.toLowerCase());
    if (j !== i)
      throw new InputError(
        header[j] === h
          ? `duplicate header field "${h}"`
          : `header fields "${header[j]}" and "${h}" differ only in case`,
        {file, row: 1}
      );
  });
  return header;
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

  error(line: number, check: string, error: string, raw: string): string {
    ++this.rows;
    return errorLine(line, check, error, raw, this.columns.length);
  }

  /** The key whose value holds byte `offset` of a JSON line read as latin-1, and the byte within that value. */
  fieldAt(text: string, offset: number): {field: string; byte: number} {
    let key = "(line)";
    let start = 0;
    for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:\s*"?/g)) {
      if (m.index! >= offset) break;
      key = m[1];
      start = m.index! + m[0].length;
    }
    return {field: key, byte: offset - start + 1};
  }

  missingColumns(): string[] {
    return this.objects === 0 ? [] : this.columns.filter((_, i) => !this.seen[i]);
  }
}
