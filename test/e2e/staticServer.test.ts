import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {discoverPages} from "./discoverPages.js";
import {resolveRequestPath, startStaticServer, type StaticServer} from "./staticServer.js";

// A miniature Framework build: pages, a nested index, a 404 page, assets under _-folders.
const dir = mkdtempSync(join(tmpdir(), "workbench-static-"));
const files: Record<string, string> = {
  "index.html": "<h1>home</h1>",
  "drift.html": "<h1>drift</h1>",
  "404.html": "<h1>missing</h1>",
  "monitoring/index.html": "<h1>monitoring</h1>",
  "monitoring/psi.html": "<h1>psi</h1>",
  "_npm/pkg@1.0.0/_esm.js": "export default 1;",
  "_npm/pkg@1.0.0/module.wasm": "\0asm",
  "_file/data/t.parquet": "PAR1",
  "_observablehq/page.html": "<p>not a page</p>"
};
for (const [path, contents] of Object.entries(files)) {
  mkdirSync(join(dir, path, ".."), {recursive: true});
  writeFileSync(join(dir, path), contents);
}
after(() => rmSync(dir, {recursive: true, force: true}));

describe("resolveRequestPath(dir, path)", () => {
  it("serves index.html for / and /dir/, and a file by its exact name", () => {
    assert.deepEqual(resolveRequestPath(dir, "/"), {file: join(dir, "index.html")});
    assert.deepEqual(resolveRequestPath(dir, "/monitoring/"), {file: join(dir, "monitoring/index.html")});
    assert.deepEqual(resolveRequestPath(dir, "/drift.html"), {file: join(dir, "drift.html")});
    assert.deepEqual(resolveRequestPath(dir, "/monitoring/psi.html"), {file: join(dir, "monitoring/psi.html")});
  });
  it("guesses no extension, as a plain static host (python3 -m http.server, nginx without rewrites)", () => {
    assert.deepEqual(resolveRequestPath(dir, "/drift"), {notFound: true});
    assert.deepEqual(resolveRequestPath(dir, "/monitoring/psi"), {notFound: true});
  });
  it("redirects /dir to /dir/ when dir/index.html exists", () => {
    assert.deepEqual(resolveRequestPath(dir, "/monitoring"), {redirect: "/monitoring/"});
  });
  it("does not serve paths outside the folder, however encoded", () => {
    for (const path of ["/../etc/passwd", "/%2e%2e/etc/passwd", "/..%2fetc%2fpasswd", "/%00", "/%E0%A4%A"]) {
      assert.deepEqual(resolveRequestPath(join(dir, "monitoring"), path), {notFound: true}, path);
    }
  });
  it("reports a missing file or folder as not found", () => {
    assert.deepEqual(resolveRequestPath(dir, "/nope"), {notFound: true});
    assert.deepEqual(resolveRequestPath(dir, "/nope/"), {notFound: true});
  });
});

describe("startStaticServer(dir)", () => {
  let server: StaticServer;
  before(async () => void (server = await startStaticServer(dir)));
  after(() => server.close());

  it("listens on 127.0.0.1 only", () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it("serves pages as UTF-8 HTML under their file name", async () => {
    const response = await fetch(`${server.origin}/drift.html`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/html; charset=utf-8");
    assert.equal(await response.text(), "<h1>drift</h1>");
  });
  it("serves wasm as application/wasm and JavaScript as text/javascript, ignoring query strings", async () => {
    const wasm = await fetch(`${server.origin}/_npm/pkg@1.0.0/module.wasm`);
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
    assert.equal(wasm.headers.get("content-length"), "4");
    const js = await fetch(`${server.origin}/_npm/pkg@1.0.0/_esm.js?v=1`);
    assert.equal(js.headers.get("content-type"), "text/javascript; charset=utf-8");
  });
  it("answers a missing path with 404.html and status 404", async () => {
    const response = await fetch(`${server.origin}/nope`);
    assert.equal(response.status, 404);
    assert.equal(await response.text(), "<h1>missing</h1>");
  });
  it("redirects a folder without its slash", async () => {
    const response = await fetch(`${server.origin}/monitoring`, {redirect: "manual"});
    assert.equal(response.status, 302);
    assert.equal(response.headers.get("location"), "/monitoring/");
  });
  it("refuses methods other than GET and HEAD", async () => {
    const response = await fetch(`${server.origin}/`, {method: "POST"});
    assert.equal(response.status, 405);
  });
});

describe("discoverPages(dir)", () => {
  it("lists every page by the URL a plain static host serves, without 404.html or Framework's _-folders", () => {
    assert.deepEqual(discoverPages(dir), ["/", "/drift.html", "/monitoring/", "/monitoring/psi.html"]);
  });
  it("says how to make the build when the folder is missing", () => {
    assert.throws(() => discoverPages(join(dir, "missing")), /no build at .*missing: run npm run build/);
  });
});
