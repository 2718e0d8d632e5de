import {splitCsvRecord} from "./splitCsvRecord.js";

/** One CSV record: the 1-based line it starts on, its text as received, and its fields or a problem. */
export interface CsvRecord {
  line: number;
  text: string;
  fields?: string[];
  error?: string;
}

/** A record may span at most this many lines (quoted newlines) before its first line is judged broken. */
export const MAX_RECORD_LINES = 50;

/**
 * Assembles CSV records from lines pushed in file order (line terminators removed). A record continues over the
 * next line while a quoted field is open (splitCsvRecord: a field that starts with `"` and is not closed yet).
 *
 * Nothing is dropped: every non-blank line ends up in exactly one record. A blank line between records
 * is counted in `blankLines` and skipped. When a multi-line record cannot be parsed, or a quote stays
 * open for MAX_RECORD_LINES lines or until the end of the file, only its first line becomes an error
 * record (its own quoting problem, e.g. "unterminated quoted field 3") and the following lines are read again as new
 * records, so one stray quote cannot swallow the rows after it.
 *
 * `quote` is the character that opens a quoted field (default `"`; empty: none, every line is a record, for
 * recordStartLine on files DuckDB sniffed without quoting).
 *
 * @example const r = new CsvRecordReader(); r.push("a,b", 1); r.end() // => [{line: 1, text: "a,b", fields: ["a", "b"]}]
 */
export class CsvRecordReader {
  blankLines = 0;
  constructor(private readonly quote = '"') {}
  private pending: string[] = [];
  private start = 0;
  private out: CsvRecord[] = [];

  /** Adds line number `line`; returns (and forgets) the records completed so far. */
  push(text: string, line: number): CsvRecord[] {
    this.add(text, line);
    return this.take();
  }

  /** Flushes an open record at the end of the input; returns the remaining records. */
  end(): CsvRecord[] {
    while (this.pending.length > 0) this.breakFirst();
    return this.take();
  }

  private take(): CsvRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private add(text: string, line: number): void {
    if (this.pending.length === 0) {
      if (text === "") return void ++this.blankLines;
      const fields = this.split(text);
      if (fields !== OPEN) return this.emit(line, text, fields);
      this.pending = [text];
      this.start = line;
      return;
    }
    this.pending.push(text);
    const joined = this.pending.join("\n");
    const fields = this.split(joined);
    if (fields === OPEN) {
      if (this.pending.length >= MAX_RECORD_LINES) this.breakFirst();
      return;
    }
    if (typeof fields === "string") return this.breakFirst();
    this.out.push({line: this.start, text: joined, fields});
    this.pending = [];
  }

  /** The record's fields, its problem, or OPEN while a quoted field is still open at the end of the text. */
  private split(text: string): string[] | string | typeof OPEN {
    if (this.quote === "") return text.split(",");
    const fields = splitCsvRecord(text);
    return typeof fields === "string" && fields.startsWith("unterminated") ? OPEN : fields;
  }

  private emit(line: number, text: string, fields: string[] | string): void {
    this.out.push(typeof fields === "string" ? {line, text, error: fields} : {line, text, fields});
  }

  /** The first pending line becomes an error record (its own problem); the lines after it are read again. */
  private breakFirst(): void {
    const [first, ...rest] = this.pending;
    const start = this.start;
    this.pending = [];
    const fields = splitCsvRecord(first);
    this.emit(start, first, fields);
    rest.forEach((text, i) => this.add(text, start + 1 + i));
  }
}

/** A quoted field is still open at the end of the text (the record goes on on the next line). */
const OPEN = Symbol("open");
