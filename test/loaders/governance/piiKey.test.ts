import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {isPublished, resolvePiiKey} from "../../../loaders/governance/piiKey.js";

describe("resolvePiiKey", () => {
  const dir = mkdtempSync(join(tmpdir(), "pii-key-"));
  after(() => rmSync(dir, {recursive: true, force: true}));
  const long = "0123456789abcdef0123456789abcdef";

  it("takes WORKBENCH_PII_KEY first, then the key file, and fingerprints the key without revealing it", async () => {
    const keyFile = join(dir, "a.key");
    writeFileSync(keyFile, `${long}ff\n`);
    const fromEnv = await resolvePiiKey({env: {WORKBENCH_PII_KEY: ` ${long} `}, keyFile});
    assert.deepEqual([fromEnv.source, fromEnv.bytes.toString()], ["env", long]);
    const fromFile = await resolvePiiKey({env: {}, keyFile});
    assert.deepEqual([fromFile.source, fromFile.bytes.toString()], ["file", `${long}ff`]);
    assert.match(fromEnv.id, /^[0-9a-f]{12}$/);
    assert.notEqual(fromEnv.id, fromFile.id);
    assert.ok(!long.includes(fromEnv.id));
  });

  it("rejects a short key, naming where it came from", async () => {
    await assert.rejects(
      resolvePiiKey({env: {WORKBENCH_PII_KEY: "secret"}}),
      (e: Error) =>
        e instanceof InputError && e.message === "WORKBENCH_PII_KEY: PII key too short: 6 characters, at least 32"
    );
  });

  it("is an error without a key in a published build, even when asked to create one", async () => {
    const keyFile = join(dir, "none.key");
    for (const env of [{CI: "true"}, {WORKBENCH_PUBLISH: "1"}])
      await assert.rejects(resolvePiiKey({env, keyFile, create: true}), /no PII key for a published build/);
    assert.throws(() => readFileSync(keyFile), /ENOENT/);
  });

  it("is an error without a key unless asked to create one; creates a private 64-hex-digit key file once", async () => {
    const keyFile = join(dir, "new.key");
    await assert.rejects(resolvePiiKey({env: {}, keyFile}), /no PII key: set WORKBENCH_PII_KEY or write/);
    const created = await resolvePiiKey({env: {CI: "false"}, keyFile, create: true});
    assert.equal(created.source, "created");
    assert.match(readFileSync(keyFile, "utf8"), /^[0-9a-f]{64}\n$/);
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    const again = await resolvePiiKey({env: {}, keyFile, create: true});
    assert.deepEqual([again.source, again.id], ["file", created.id]);
  });

  it("isPublished reads CI and WORKBENCH_PUBLISH, with 0/false/empty meaning no", () => {
    assert.deepEqual(
      [{}, {CI: ""}, {CI: "0"}, {CI: "false"}, {CI: "true"}, {WORKBENCH_PUBLISH: "yes"}].map((env) => isPublished(env)),
      [false, false, false, false, true, true]
    );
  });
});
