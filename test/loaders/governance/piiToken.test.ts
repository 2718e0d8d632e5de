import assert from "node:assert/strict";
import {createHmac} from "node:crypto";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import type {PiiKey} from "../../../loaders/governance/piiKey.js";
import {piiToken} from "../../../loaders/governance/piiToken.js";
import {dropPiiKey, loadPiiKey, piiTokenSql} from "../../../loaders/governance/piiTokenSql.js";

const key = (text: string): PiiKey => ({bytes: Buffer.from(text), id: "test", source: "env"});

describe("piiToken and piiTokenSql", () => {
  let db: Db;
  before(async () => (db = await openDb({threads: 1})));
  after(() => db.close());

  it("piiToken is tok_ + the first 32 hex digits of HMAC-SHA256 (RFC 4231 test case 2)", () => {
    // RFC 4231 §4.3: HMAC-SHA-256(key "Jefe", "what do ya want for nothing?") = 5bdcc146bf60754e6a042426089575c7...
    assert.equal(piiToken(Buffer.from("Jefe"), "what do ya want for nothing?"), "tok_5bdcc146bf60754e6a042426089575c7");
  });

  it("DuckDB computes the same token as node:crypto for short, long, non-ASCII, empty and NULL values", async () => {
    const values = ["Ada Lovelace", "émile@example.org", "", "x".repeat(300), "O'Hara, Scarlett", "名前"];
    for (const k of [key("0123456789abcdef0123456789abcdef"), key("k".repeat(100))]) {
      await loadPiiKey(db, k);
      await db.run("CREATE OR REPLACE TABLE v (i INTEGER, v VARCHAR)");
      for (const [i, v] of [...values, null].entries()) await db.run("INSERT INTO v VALUES ($1, $2)", [i, v]);
      const rows = await db.all<{t: string | null}>(`SELECT ${piiTokenSql("v")} AS t FROM v ORDER BY i`);
      const hmac = (v: string) => "tok_" + createHmac("sha256", k.bytes).update(v).digest("hex").slice(0, 32);
      assert.deepEqual(
        rows.map((r) => r.t),
        [...values.map(hmac), null]
      );
    }
  });

  it("keeps the key out of SQL text: a failing query's error does not contain it", async () => {
    const secret = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t";
    await loadPiiKey(db, key(secret));
    await assert.rejects(
      db.all(`SELECT ${piiTokenSql("no_such_column")} AS t`),
      (e: Error) => !e.message.includes("s3cr3t")
    );
    await dropPiiKey(db);
    await assert.rejects(db.all(`SELECT ${piiTokenSql("'x'")} AS t`), /_pii_key/);
  });
});
