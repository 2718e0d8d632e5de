import type {Writable} from "node:stream";
import type {Client, Connection, Submittable} from "pg";

/** What copyOut streamed: bytes written and the row count PostgreSQL reported (`COPY n`). */
export interface CopyOutResult {
  bytes: number;
  rows: number;
}

/**
 * Runs a `COPY ... TO STDOUT` statement on a connected `pg` client and writes its output to `out`, with
 * back-pressure (the socket is paused while `out` is full), without the `pg-copy-streams` package: a
 * `Submittable` that receives the protocol's CopyData messages. Each message's bytes are copied before the
 * next socket read, because pg's parser reuses its buffer. Does not end `out`.
 *
 * @throws {Error} PostgreSQL's error, or `out`'s, as `message + "\nSQL: " + sql` with the original as `cause`
 * @example
 * const {rows} = await copyOut(client, "COPY (SELECT * FROM d) TO STDOUT WITH (FORMAT csv, HEADER)", createWriteStream("d.csv"));
 */
export function copyOut(client: Client, sql: string, out: Writable): Promise<CopyOutResult> {
  return new Promise((resolve, reject) => {
    client.query(new CopyOutQuery(sql, out, resolve, reject));
  });
}

class CopyOutQuery implements Submittable {
  private bytes = 0;
  private rows = 0;
  private failed = false;
  private paused = false;

  constructor(
    private readonly sql: string,
    private readonly out: Writable,
    private readonly resolve: (result: CopyOutResult) => void,
    private readonly reject: (error: Error) => void
  ) {}

  /** Resumes the socket: when `out` drains, and when the COPY is over (the caller may end `out` before it drains). */
  private resume = () => {
    if (!this.paused) return;
    this.paused = false;
    this.out.off("drain", this.resume);
    this.connection?.stream.resume();
  };
  private connection: Connection | undefined;

  submit(connection: Connection): void {
    this.connection = connection;
    this.out.once("error", (error) => {
      this.fail(error);
      connection.stream.resume(); // keep reading so that the COPY ends and the connection can be closed
    });
    connection.query(this.sql);
  }

  handleCopyData(message: {chunk: Buffer}, connection: Connection): void {
    if (this.failed) return;
    this.bytes += message.chunk.length;
    if (!this.out.write(Buffer.from(message.chunk)) && !this.paused) {
      // messages already read from the socket still arrive; none are read after them until `out` drains
      this.paused = true;
      connection.stream.pause();
      this.out.once("drain", this.resume);
    }
  }

  handleCommandComplete(message: {text: string}): void {
    const m = /^COPY (\d+)$/.exec(message.text);
    if (m) this.rows = Number(m[1]);
  }

  handleReadyForQuery(): void {
    this.resume();
    if (!this.failed) this.resolve({bytes: this.bytes, rows: this.rows});
  }

  handleError(error: Error): void {
    this.resume();
    this.fail(error);
  }

  handleCopyInResponse(connection: Connection & {sendCopyFail(message: string): void}): void {
    connection.sendCopyFail("copyOut runs COPY ... TO STDOUT only");
  }

  // A statement that is not a COPY TO STDOUT returns rows or nothing: ignored, then ends at ReadyForQuery.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  private fail(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.reject(new Error(`${error.message}\nSQL: ${this.sql}`, {cause: error}));
  }
}
