import {createReadStream} from "node:fs";
import {StringDecoder} from "node:string_decoder";
import {createGunzip} from "node:zlib";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {CsvRecordReader} from "./CsvRecordReader.js";

/**
 * The workbench's one row-numbering convention for text files, for a record DuckDB read as data row `row`
 * (1-based, in file order, as `row_number() OVER ()` over `read_csv`/`read_json`): the physical line (1-based) on
 * which that record starts. CSV: the lines DuckDB's sniffer skips, the header and blank lines (which DuckDB skips)
 * count, and a quoted field's newlines move the next record down; JSON Lines: blank lines count. Parquet has no
 * lines: the row itself. Reads the file only up to that record (error paths only: `drift --input`, `spc --input`).
 *
 * @example await recordStartLine(db, "x.csv", 1) // => 2 (the header is line 1)
 */
export async function recordStartLine(db: Db, file: string, row: number): Promise<number> {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet")) return row;
  const csv = name.endsWith(".csv");
  let dialect = {quote: '"', skip: 0, header: true};
  if (csv) {
    const [d] = await db
      .all<{Quote: string; SkipRows: number; HasHeader: boolean}>(
        `SELECT Quote, SkipRows, HasHeader FROM sniff_csv(${sqlLiteral(file)})`
      )
      .catch(() => []);
    if (d) dialect = {quote: d.Quote === "(empty)" ? "" : d.Quote, skip: d.SkipRows, header: d.HasHeader};
  }
  const reader = new CsvRecordReader(dialect.quote);
  let records = csv && dialect.header ? -1 : 0; // the header is record 0
  let line = 0;
  try {
    for await (const text of textLines(file)) {
      if (++line <= dialect.skip) continue;
      const done = csv ? reader.push(text, line) : text.trim() === "" ? [] : [{line}];
      for (const r of done) if (++records === row) return r.line;
    }
    for (const r of reader.end()) if (++records === row) return r.line;
  } catch {
    // unreadable now (it was readable to DuckDB a moment ago): keep DuckDB's row rather than fail on an error path
  }
  return row; // fewer records than DuckDB read: keep DuckDB's row rather than invent a line
}

/** The lines of a text file (gzip when named .gz), split at `\n` with a `\r` before it removed. */
async function* textLines(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file);
  const source = file.toLowerCase().endsWith(".gz") ? stream.pipe(createGunzip()) : stream;
  const decoder = new StringDecoder("utf8");
  let tail = "";
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const parts = (tail + decoder.write(chunk)).split("\n");
      tail = parts.pop()!;
      for (const p of parts) yield p.endsWith("\r") ? p.slice(0, -1) : p;
    }
    tail += decoder.end();
    if (tail !== "") yield tail.endsWith("\r") ? tail.slice(0, -1) : tail;
  } finally {
    stream.destroy();
  }
}
