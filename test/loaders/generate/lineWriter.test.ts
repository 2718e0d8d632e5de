import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {gunzipSync} from "node:zlib";
import {LineWriter} from "../../../loaders/generate/lineWriter.js";

const dir = mkdtempSync(join(tmpdir(), "lineWriter-"));
after(() => rmSync(dir, {recursive: true, force: true}));

async function writeLines(path: string, n: number, gzip: boolean): Promise<LineWriter> {
  const w = new LineWriter(path, {gzip});
  for (let i = 0; i < n; ++i) {
    w.push(`line ${i},${"x".repeat(i % 50)}`);
    if (w.full) await w.flush();
  }
  await w.close();
  return w;
}

describe("LineWriter", () => {
  it("writes every line in order through many chunks, and counts them", async () => {
    const w = await writeLines(join(dir, "plain.txt"), 100_000, false);
    assert.equal(w.lines, 100_000);
    const lines = readFileSync(join(dir, "plain.txt"), "utf8").split("\n");
    assert.equal(lines.length, 100_001);
    assert.equal(lines[99_999], `line 99999,${"x".repeat(99_999 % 50)}`);
    assert.equal(lines[100_000], "");
  });

  it("gzips to the same lines and the same bytes every time", async () => {
    await writeLines(join(dir, "a.gz"), 50_000, true);
    await writeLines(join(dir, "b.gz"), 50_000, true);
    const a = readFileSync(join(dir, "a.gz"));
    assert.ok(a.equals(readFileSync(join(dir, "b.gz"))));
    await writeLines(join(dir, "c.txt"), 50_000, false);
    assert.equal(gunzipSync(a).toString("utf8"), readFileSync(join(dir, "c.txt"), "utf8"));
  });

  it("rejects on close when the file cannot be written", async () => {
    const w = new LineWriter(join(dir, "missing", "x.txt"));
    w.push("a");
    await assert.rejects(w.close(), /ENOENT/);
  });
});
