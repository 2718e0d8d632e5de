import assert from "node:assert/strict";
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {lockFile} from "../../../loaders/ingest/lockFile.js";

describe("lockFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "lock-"));
  after(() => rmSync(dir, {recursive: true, force: true}));
  const file = join(dir, "x.lock");

  it("creates the lock with this pid and removes it on release", async () => {
    const release = await lockFile(file, () => {});
    assert.equal(readFileSync(file, "utf8"), String(process.pid));
    await release();
    assert.equal(existsSync(file), false);
  });

  it("gives up on a lock held by a live process after the timeout, saying so once", async () => {
    writeFileSync(file, String(process.pid)); // held by a live process: this one
    const messages: string[] = [];
    await assert.rejects(
      lockFile(file, (m) => messages.push(m), 100),
      /still locked by pid \d+ after \d+ s$/
    );
    assert.deepEqual(messages, [`waiting for pid ${process.pid}, which holds ${file}`]);
    assert.equal(readFileSync(file, "utf8"), String(process.pid)); // not taken over
  });
});
