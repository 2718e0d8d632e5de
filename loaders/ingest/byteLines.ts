import {createReadStream} from "node:fs";
import {open} from "node:fs/promises";
import {createGunzip} from "node:zlib";
import {LINE_INDEX_STEP} from "./scanText.js";

/** One physical line of a text file as bytes, without its `\n` (nor the `\r` before it). */
export interface ByteLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes, or its first `maxBytes` bytes when it is longer. */
  bytes: Buffer;
  /** The whole line's length in bytes (more than bytes.length when the line was cut). */
  length: number;
}

export interface ByteLinesOptions {
  gzip: boolean;
  /** Lines longer than this keep only their first maxBytes bytes in memory (the rest is skipped, length still counted). */
  maxBytes: number;
  /**
   * Only these lines (sorted ascending), read by seeking from `lineIndex` (scanText's offsets of lines 1, 1 + 1024, ...)
   * in an uncompressed file: a few lines of a large file cost a few reads, not a pass. Gzip files are read through.
   */
  only?: readonly number[];
  lineIndex?: readonly number[];
}

/**
 * The physical lines of a file (split at `\n`, a `\r` before it dropped), as bytes: no decoding, so a caller can
 * check each line's encoding and name the exact byte that is not UTF-8. Memory is bounded by `maxBytes` per line.
 *
 * @example for await (const {line, bytes} of byteLines("x.csv", {gzip: false, maxBytes: 1 << 23})) ...
 */
export async function* byteLines(file: string, options: ByteLinesOptions): AsyncGenerator<ByteLine> {
  const {only, lineIndex} = options;
  if (!only) return yield* scanLines(createChunks(file, options.gzip, 0), 1, options.maxBytes);
  if (only.length === 0) return;
  if (options.gzip || !lineIndex) {
    let k = 0;
    for await (const l of scanLines(createChunks(file, options.gzip, 0), 1, options.maxBytes)) {
      while (k < only.length && only[k] < l.line) ++k;
      if (k >= only.length) return;
      if (only[k] === l.line) yield l;
    }
    return;
  }
  // seek to the indexed line at or before each wanted line; read on while the next wanted line is close
  let k = 0;
  while (k < only.length) {
    const block = Math.floor((only[k] - 1) / LINE_INDEX_STEP);
    const first = block * LINE_INDEX_STEP + 1;
    const handle = await open(file);
    let seek = false;
    try {
      for await (const l of scanLines(handleChunks(handle, lineIndex[block]), first, options.maxBytes)) {
        while (k < only.length && only[k] < l.line) ++k;
        if (k >= only.length) break;
        if (only[k] === l.line) yield l;
        if (only[k] - l.line > 2 * LINE_INDEX_STEP) {
          seek = true; // far ahead: seek there instead of reading through
          break;
        }
      }
    } finally {
      await handle.close();
    }
    if (!seek) return; // the end of the file: no wanted line is left in it
  }
}

async function* createChunks(file: string, gzip: boolean, start: number): AsyncGenerator<Buffer> {
  const stream = createReadStream(file, {start, highWaterMark: 1 << 20});
  const source = gzip ? stream.pipe(createGunzip({chunkSize: 1 << 20})) : stream;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) yield chunk;
  } finally {
    stream.destroy();
  }
}

async function* handleChunks(handle: Awaited<ReturnType<typeof open>>, start: number): AsyncGenerator<Buffer> {
  let position = start;
  while (true) {
    const buffer = Buffer.allocUnsafe(1 << 18);
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

async function* scanLines(
  chunks: AsyncIterable<Buffer>,
  firstLine: number,
  maxBytes: number
): AsyncGenerator<ByteLine> {
  let line = firstLine;
  let parts: Buffer[] = [];
  let kept = 0;
  let length = 0;
  const add = (part: Buffer) => {
    length += part.length;
    if (kept < maxBytes) {
      const take = part.subarray(0, maxBytes - kept);
      parts.push(Buffer.from(take)); // a copy: the chunk's memory is reused
      kept += take.length;
    }
  };
  const finish = (): ByteLine => {
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    let total = length;
    if (total > 0 && total <= maxBytes && bytes[bytes.length - 1] === 13) {
      bytes = bytes.subarray(0, -1);
      --total;
    }
    const result = {line: line++, bytes, length: total};
    parts = [];
    kept = 0;
    length = 0;
    return result;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
      if (parts.length === 0 && length === 0) {
        // the common case: the whole line is in this chunk
        let end = i;
        if (end > start && chunk[end - 1] === 13) --end;
        const whole = end - start;
        const bytes = Buffer.from(chunk.subarray(start, start + Math.min(whole, maxBytes)));
        yield {line: line++, bytes, length: whole};
      } else {
        add(chunk.subarray(start, i));
        yield finish();
      }
      start = i + 1;
    }
    if (start < chunk.length) add(chunk.subarray(start));
  }
  if (length > 0) yield finish();
}
