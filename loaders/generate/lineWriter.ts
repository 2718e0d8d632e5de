import {once} from "node:events";
import {createWriteStream} from "node:fs";
import {pipeline} from "node:stream/promises";
import {createGzip} from "node:zlib";

const CHUNK_CHARS = 1 << 16;

/**
 * A buffered line writer for big generated files with constant memory: `push` appends a line to an in-memory
 * chunk; when `full` (about 1 M characters) the caller awaits `flush`, which writes the chunk and waits for
 * 'drain' when the stream's buffer is full (backpressure). With `gzip` the bytes go through zlib (level 6;
 * Node writes a zero mtime, so the same lines give the same bytes). `lines` counts the lines pushed, so the
 * line number of the next push is lines + 1.
 */
export class LineWriter {
  lines = 0;
  private parts: string[] = [];
  private size = 0;
  private readonly head: NodeJS.WritableStream;
  private readonly done: Promise<void>;

  constructor(
    readonly path: string,
    {gzip = false}: {gzip?: boolean} = {}
  ) {
    const file = createWriteStream(path);
    if (gzip) {
      const zip = createGzip({level: 6});
      this.head = zip;
      this.done = pipeline(zip, file);
    } else {
      this.head = file;
      this.done = once(file, "close").then(() => undefined);
    }
    // surface open/write errors at the next flush or close instead of as an unhandled rejection
    this.done.catch(() => {});
  }

  push(line: string): void {
    this.parts.push(line);
    this.size += line.length + 1;
    ++this.lines;
  }

  get full(): boolean {
    return this.size >= CHUNK_CHARS;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join("\n") + "\n";
    this.parts = [];
    this.size = 0;
    if (!this.head.write(chunk)) await Promise.race([once(this.head, "drain"), this.done]);
  }

  async close(): Promise<void> {
    await this.flush();
    this.head.end();
    await this.done;
  }
}
