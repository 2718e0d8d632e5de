import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import type {Contract} from "../../../loaders/contract/Contract.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import type {PiiKey} from "../../../loaders/governance/piiKey.js";
import {piiToken} from "../../../loaders/governance/piiToken.js";
import {ingest} from "../../../loaders/ingest/ingest.js";
import {CheckFailed} from "../../../loaders/cli/errors.js";
import type {IngestGates} from "../../../loaders/ingest/ingestGates.js";
import type {Manifest} from "../../../loaders/ingest/Manifest.js";

const FIXTURES = "test/fixtures/governance";
const KEY: PiiKey = {bytes: Buffer.from("test-key-0123456789abcdef-0123456789"), id: "testkey00000", source: "env"};

/**
 * test/fixtures/governance/people.csv against people.odcs.yaml (name: drop, email: tokenise, 30 d retention):
 * P-05 (score 1.7), P-06 (email without @) and P-07 (bad time) are quarantined; accepted P-01, 02, 03, 04, 08.
 * As of 2026-03-03T00:00 (given; the newest accepted time), the cutoff is 2026-02-01T00:00: P-01 (Jan 1) is purged
 * from the accepted rows and P-06 (Jan 15) from the quarantine; P-07's time does not parse, so it stays. Purging 1 of
 * the 5 valid rows (20 %) passes the 5 % guard only with allowPurge.
 */
describe("ingest with PII treatment and retention", () => {
  let db: Db;
  let contract: Contract;
  let tmp: string;
  const log = () => {};
  const run = (
    out: string,
    asOf: string | undefined = "2026-03-03T00:00:00Z",
    gates: Partial<IngestGates> = {allowPurge: true}
  ) =>
    ingest(
      {
        contract,
        source: join(FIXTURES, "people.csv"),
        outDir: join(tmp, out),
        governance: {piiKey: async () => KEY, asOf},
        gates
      },
      {db, log}
    );
  before(async () => {
    db = await openDb({threads: 2});
    contract = await readContract(join(FIXTURES, "people.odcs.yaml"));
    tmp = mkdtempSync(join(tmpdir(), "governed-ingest-"));
  });
  after(() => {
    db.close();
    rmSync(tmp, {recursive: true, force: true});
  });

  it("writes no raw personal data: email tokenised with the keyed HMAC, name dropped", async () => {
    await run("a");
    const rows = await db.all<Record<string, unknown>>(
      `SELECT * FROM '${join(tmp, "a", "decisions.parquet")}' ORDER BY id`
    );
    assert.deepEqual(Object.keys(rows[0]), ["id", "decided_at", "score", "sex", "email", "_source_file", "_row"]);
    assert.deepEqual(
      rows.map((r) => [r.id, r.email]),
      [
        ["P-02", piiToken(KEY.bytes, "emile@example.org")],
        ["P-03", null],
        ["P-04", piiToken(KEY.bytes, "grace@example.org")],
        ["P-08", piiToken(KEY.bytes, "ada@example.org")]
      ]
    );
    const bytes = readFileSync(join(tmp, "a", "decisions.parquet")).toString("latin1");
    for (const raw of ["example.org", "Lovelace", "Hopper", "Zola"]) assert.ok(!bytes.includes(raw), raw);
  });

  it("purges rows older than the retention from both outputs and records the counts per reason", async () => {
    const m = await run("b");
    assert.deepEqual(m.rows, {read: 8, accepted: 4, quarantined: 2, purged: 2, quarantineRate: 2 / 8});
    assert.deepEqual(m.sources[0].rows, {read: 8, accepted: 4, quarantined: 2, purged: 2});
    assert.deepEqual(
      m.outputs.map((o) => [o.file, o.rows]),
      [
        ["decisions.parquet", 4],
        ["quarantine.parquet", 2]
      ]
    );
    const reason = "retention: decided_at more than 30 d before 2026-03-03T00:00:00.000Z";
    assert.deepEqual(m.governance, {
      pii: {
        keyId: "testkey00000",
        columns: [
          {name: "name", treatment: "dropped"},
          {name: "email", treatment: "tokenised"}
        ]
      },
      retention: {
        days: 30,
        column: "decided_at",
        asOf: "2026-03-03T00:00:00.000Z",
        asOfRule: "given",
        cutoff: "2026-02-01T00:00:00.000Z",
        purged: [
          {reason, from: "accepted", rows: 1},
          {reason, from: "quarantined", rows: 1}
        ]
      }
    });
    const q = await db.all<{id: string}>(`SELECT id FROM '${join(tmp, "b", "quarantine.parquet")}' ORDER BY id`);
    assert.deepEqual(
      q.map((r) => r.id),
      ["P-05", "P-07"]
    );
    const onDisk = JSON.parse(readFileSync(join(tmp, "b", "manifest.json"), "utf8")) as Manifest;
    assert.deepEqual(onDisk.governance, m.governance);
  });

  it("measures retention from a given as-of time: a later one purges more, an earlier one nothing", async () => {
    const later = await run("c", "2026-04-01");
    assert.deepEqual(
      later.governance!.retention!.purged.map((p) => p.rows),
      [4, 1] // cutoff 2026-03-02T00:00: accepted P-01, 02, 03, 04 (Mar 1 12:00) go, P-08 stays; quarantined P-06 goes
    );
    assert.equal(later.outputs[0].rows, 1);
    const earlier = await run("d", "2026-01-01T00:00:00Z");
    assert.deepEqual(
      earlier.governance!.retention!.purged.map((p) => p.rows),
      [0, 0]
    );
    await assert.rejects(run("e", "yesterday"), /as-of: not now or an ISO date or timestamp: "yesterday"/);
    await assert.rejects(run("e", "latest"), /as-of: latest is no longer supported: retention measured from the data/);
  });

  it("measures retention from the wall clock by default, never from the data", async () => {
    const before = Date.now();
    const m = await ingest(
      {
        contract,
        source: join(FIXTURES, "people.csv"),
        outDir: join(tmp, "now"),
        governance: {piiKey: async () => KEY},
        gates: {allowPurge: true}
      },
      {db, log}
    );
    const retention = m.governance!.retention!;
    assert.equal(retention.asOfRule, "now");
    assert.ok(Date.parse(retention.asOf) >= before - 1000 && Date.parse(retention.asOf) <= Date.now());
    assert.equal(m.rows.accepted, 0); // every row is older than 30 days before today
    assert.equal(m.rows.read, m.rows.accepted + m.rows.quarantined + m.rows.purged);
  });

  it("stops before writing anything when retention would purge more than 5 % of the valid rows, unless allowed", async () => {
    const out = "guard";
    await run(out, "2026-01-01T00:00:00Z", {}); // purges nothing
    const before = readFileSync(join(tmp, out, "decisions.parquet"));
    const refused = await run(out, "2026-03-03T00:00:00Z", {}).catch((e: unknown) => e);
    assert.ok(refused instanceof CheckFailed);
    assert.equal(
      refused.message,
      "retention would purge 1 of 5 valid rows (20.0 %), more than 0.05 (--max-purge-rate); --allow-purge purges them; nothing written, previous outputs unchanged"
    );
    const report = refused.result as Manifest;
    assert.deepEqual(
      [report.rows, report.outputs],
      [{read: 8, accepted: 4, quarantined: 2, purged: 2, quarantineRate: 0.25}, []]
    );
    assert.ok(readFileSync(join(tmp, out, "decisions.parquet")).equals(before));
    // exactly at the limit passes: 1 of 5 = 0.2
    const m = await run(out, "2026-03-03T00:00:00Z", {maxPurgeRate: 0.2});
    assert.equal(m.rows.purged, 2);
  });

  it("is byte-identical on a re-run with the same key, and different with another key", async () => {
    const a = await run("f");
    const b = await run("g");
    assert.deepEqual(a.outputs, b.outputs);
    const other = await ingest(
      {
        contract,
        source: join(FIXTURES, "people.csv"),
        outDir: join(tmp, "h"),
        governance: {
          piiKey: async () => ({...KEY, bytes: Buffer.from("another-key-0123456789abcdef-01234")}),
          asOf: "2026-03-03T00:00:00Z"
        },
        gates: {allowPurge: true}
      },
      {db, log}
    );
    assert.notEqual(other.outputs[0].sha256, a.outputs[0].sha256);
    assert.equal(other.outputs[1].sha256, a.outputs[1].sha256); // the quarantine keeps rows as received
  });

  it("needs a key only for an object with a column to tokenise", async () => {
    const noKey = async (): Promise<PiiKey> => {
      throw new Error("no key");
    };
    await assert.rejects(
      ingest(
        {contract, source: join(FIXTURES, "people.csv"), outDir: join(tmp, "i"), governance: {piiKey: noKey}},
        {db, log}
      ),
      /no key/
    );
    const outcomes = await ingest(
      {
        contract,
        object: "outcomes",
        source: join(FIXTURES, "people.csv"),
        outDir: join(tmp, "i"),
        governance: {piiKey: noKey}
      },
      {db, log}
    ).catch((e: Error) => e);
    assert.ok(!(outcomes instanceof Error && outcomes.message === "no key"), String(outcomes));
  });
});
