import type {Client, Connection, Submittable} from "pg";

type CopyConnection = Connection & {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
};

/**
 * Runs a `COPY <table> FROM STDIN ...` statement on a connected `pg` client, sending the bytes of `data`
 * (e.g. a file read stream of CSV), and resolves with the row count PostgreSQL reported (`COPY n`). A
 * `Submittable`, so the `pg-copy-streams` package is not needed. An error reading `data` aborts the COPY
 * (CopyFail), so no row of a partial load is committed.
 *
 * @throws {Error} PostgreSQL's error or `data`'s as `message + "\nSQL: " + sql`, with the original as `cause`
 * @example await copyIn(client, "COPY d FROM STDIN WITH (FORMAT csv, HEADER)", createReadStream("d.csv")) // => 1000000
 */
export function copyIn(client: Client, sql: string, data: AsyncIterable<Buffer | string>): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    let failed: Error | undefined;
    const fail = (error: Error) => {
      if (failed) return;
      failed = error;
      reject(new Error(`${error.message}\nSQL: ${sql}`, {cause: error}));
    };
    const query: Submittable & Record<string, unknown> = {
      submit: (connection: Connection) => connection.query(sql),
      handleCopyInResponse: (connection: CopyConnection) => {
        void (async () => {
          try {
            for await (const chunk of data) {
              if (failed) return; // PostgreSQL rejected the data: it ignores the rest
              connection.sendCopyFromChunk(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
              if (connection.stream.writableNeedDrain)
                await new Promise((done) => connection.stream.once("drain", done));
            }
            connection.endCopyFrom();
          } catch (error) {
            connection.sendCopyFail(`source error: ${(error as Error).message}`);
            fail(error as Error);
          }
        })();
      },
      handleCommandComplete: (message: {text: string}) => {
        const m = /^COPY (\d+)$/.exec(message.text);
        if (m) rows = Number(m[1]);
      },
      handleReadyForQuery: () => {
        if (!failed) resolve(rows);
      },
      handleError: (error: Error) => fail(error),
      handleCopyData: () => {},
      handleRowDescription: () => {},
      handleDataRow: () => {},
      handleEmptyQuery: () => {},
      handlePortalSuspended: () => {}
    };
    client.query(query);
  });
}
