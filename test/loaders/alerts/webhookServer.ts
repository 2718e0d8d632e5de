import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";

/** A request the test server received. */
export interface Received {
  method: string;
  contentType: string | undefined;
  body: string;
}

/**
 * A real HTTP server on 127.0.0.1 (random port) for webhook tests: `respond(i)` decides the i-th request's fate
 * (0-based): a status code, or "hang" (never answer, to exercise timeouts).
 */
export async function webhookServer(respond: (i: number) => number | "hang") {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const i = received.length;
      received.push({
        method: req.method!,
        contentType: req.headers["content-type"],
        body: Buffer.concat(chunks).toString()
      });
      const fate = respond(i);
      if (fate === "hang") return void hanging.push(res);
      res.writeHead(fate, {"content-type": "text/plain"}).end(String(fate));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
