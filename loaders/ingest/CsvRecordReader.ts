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
 * Assembles CSV records from lines pushed in file order (line terminators removed). A record continues
 * over the next line while its count of `"` is odd (a newline inside a quoted field).
 *
 * Nothing is dropped: every non-blank line ends up in exactly one record. A blank line between records
 * is counted in `blankLines` and skipped. When a multi-line record cannot be parsed, or a quote stays
 * open for MAX_RECORD_LINES lines or until the end of the file, only its first line becomes an error
 * record (its own quoting problem, e.g. "unterminated quoted field 3") and the following lines are read again as new records, so
 * one stray quote cannot swallow the rows after it.
 *
 * `quote` is the quote character that can hold a newline (default `"`; empty: none, every line is a record);
 * fields are split as RFC 4180 with `"` either way (other quotes are for counting lines only: recordStartLine).
 *
 * @example const r = new CsvRecordReader(); r.push("a,b", 1); r.end() // => [{line: 1, text: "a,b", fields: ["a", "b"]}]
 */
export class CsvRecordReader {
  blankLines = 0;
  constructor(private readonly quote = '"') {}
  private pending: string[] = [];
  private start = 0;
  private quotes = 0;
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
      const q = countQuotes(text, this.quote);
      if (q % 2 === 0) return this.emit(line, text);
      this.pending = [text];
      this.start = line;
      this.quotes = q;
      return;
    }
    this.pending.push(text);
    this.quotes += countQuotes(text, this.quote);
    if (this.quotes % 2 === 0) {
      const fields = splitCsvRecord(this.pending.join("\n"));
      if (typeof fields === "string") return this.breakFirst();
      this.out.push({line: this.start, text: this.pending.join("\n"), fields});
      this.pending = [];
    } else if (this.pending.length >= MAX_RECORD_LINES) this.breakFirst();
  }

  private emit(line: number, text: string): void {
    const fields = splitCsvRecord(text);
    this.out.push(typeof fields === "string" ? {line, text, error: fields} : {line, text, fields});
  }

  /** The first pending line (an odd number of quotes, so never valid alone) becomes an error record; the rest are read again. */
  private breakFirst(): void {
    const [first, ...rest] = this.pending;
    const start = this.start;
    this.pending = [];
    this.emit(start, first);
    rest.forEach((text, i) => this.add(text, start + 1 + i));
  }
}

function countQuotes(text: string, quote: string): number {
  if (quote === "") return 0;
  let n = 0;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) ++n;
  return n;
}
