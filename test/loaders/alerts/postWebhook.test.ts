import assert from "node:assert/strict";
import {createServer} from "node:net";
import {describe, it} from "node:test";
import {postWebhook} from "../../../loaders/alerts/postWebhook.js";
import {webhookServer} from "./webhookServer.js";

const report = {checks: [{name: "q", status: "fail", value: 0.2, threshold: 0.1, message: "x"}], failed: 1};
const fast = {backoffMs: () => 10};

describe("postWebhook against a local HTTP server", () => {
  it("POSTs the report as JSON and is delivered on the first 2xx", async () => {
    const server = await webhookServer(() => 204);
    try {
      const d = await postWebhook(server.url, report, fast);
      assert.deepEqual(d, {delivered: true, attempts: 1, status: 204, errors: []});
      assert.equal(server.received.length, 1);
      assert.deepEqual(
        [server.received[0].method, server.received[0].contentType, JSON.parse(server.received[0].body)],
        ["POST", "application/json", report]
      );
    } finally {
      await server.close();
    }
  });

  it("retries 503 and 429 and then succeeds, with backoff between attempts", async () => {
    const server = await webhookServer((i) => [503, 429, 200][i]);
    const waits: number[] = [];
    try {
      const d = await postWebhook(server.url, report, {backoffMs: (i) => (waits.push(i), 10)});
      assert.deepEqual(d, {delivered: true, attempts: 3, status: 200, errors: ["HTTP 503", "HTTP 429"]});
      assert.deepEqual(waits, [1, 2]);
      assert.equal(server.received.length, 3);
    } finally {
      await server.close();
    }
  });

  it("does not retry a 4xx other than 429", async () => {
    const server = await webhookServer(() => 400);
    try {
      const d = await postWebhook(server.url, report, fast);
      assert.deepEqual(d, {delivered: false, attempts: 1, status: 400, errors: ["HTTP 400"]});
    } finally {
      await server.close();
    }
  });

  it("times out a server that never answers, retries, and reports every failure", async () => {
    const server = await webhookServer((i) => (i < 2 ? "hang" : 200));
    try {
      const d = await postWebhook(server.url, report, {...fast, timeoutMs: 200});
      assert.deepEqual(d, {
        delivered: true,
        attempts: 3,
        status: 200,
        errors: ["timeout after 200 ms", "timeout after 200 ms"]
      });
      const never = await postWebhook(server.url, report, {...fast, attempts: 1, timeoutMs: 50});
      assert.equal(never.delivered, true); // the server answers 200 from its third request on
    } finally {
      await server.close();
    }
  });

  it("gives up after the last attempt when nothing listens", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const {port} = probe.address() as {port: number};
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const d = await postWebhook(`http://127.0.0.1:${port}/hook`, report, {...fast, attempts: 2});
    assert.deepEqual(d, {delivered: false, attempts: 2, status: null, errors: ["ECONNREFUSED", "ECONNREFUSED"]});
  });

  it("rejects a URL that is not http(s)", async () => {
    await assert.rejects(postWebhook("file:///etc/passwd", report), /invalid webhook URL: file:\/\/\/etc\/passwd/);
    await assert.rejects(postWebhook("not a url", report), /invalid webhook URL/);
  });
});
