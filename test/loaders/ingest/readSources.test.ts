import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {gzipSync} from "node:zlib";
import type {Contract} from "../../../loaders/contract/Contract.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {ingest} from "../../../loaders/ingest/ingest.js";
import type {Manifest} from "../../../loaders/ingest/Manifest.js";

const FIXTURES = "test/fixtures/ingest";
const HEADER = "id,at,income,months,decision,reviewed,reviewer,day";
const ok = (id: string, income = "100") => `${id},2026-01-01T10:00:00Z,${income},12,approve,false,,2026-01-01`;

/**
 * Ingest reads a CSV file DuckDB can parse with DuckDB (in parallel) and every other text file record by record in
 * Node; both must give the same rows, lines and reasons. These tests build files with every kind of record either
 * reader must handle, and compare the two readers byte for byte (the `recordByRecord` seam forces Node's).
 */
describe("reading sources: DuckDB's reader and the record-by-record reader agree", () => {
  let db: Db;
  let contract: Contract;
  let tmp: string;
  const log = () => {};
  before(async () => {
    db = await openDb();
    contract = await readContract(join(FIXTURES, "loans.odcs.yaml"));
    tmp = mkdtempSync(join(tmpdir(), "read-sources-"));
  });
  after(() => {
    db.close();
    if (!process.env.KEEP) rmSync(tmp, {recursive: true, force: true});
  });

  const run = async (source: string, out: string, options: {recordByRecord?: boolean; threads?: number} = {}) => {
    const logged: string[] = [];
    const d = options.threads ? await openDb({threads: options.threads}) : db;
    try {
      const m = await ingest(
        {contract, source, outDir: join(tmp, out)},
        {db: d, log: (message) => logged.push(message), recordByRecord: options.recordByRecord}
      );
      return {m, logged, dir: join(tmp, out)};
    } finally {
      if (d !== db) d.close();
    }
  };
  const bytes = (dir: string, name: string) => readFileSync(join(dir, name));
  const quarantine = (dir: string) =>
    db.all<{_row: number; _reason: string; _raw: string | null}>(
      `SELECT _row, _reason, _raw FROM '${join(dir, "quarantine.parquet")}' ORDER BY _source_file, _row`
    );
  const sameOutputs = (a: {m: Manifest; dir: string}, b: {m: Manifest; dir: string}) => {
    for (const name of ["decisions.parquet", "quarantine.parquet"])
      assert.ok(bytes(a.dir, name).equals(bytes(b.dir, name)), `${name} differs`);
    assert.deepEqual({...a.m, run: null}, {...b.m, run: null});
  };

  it("takes blank lines, short and long rows, quoting errors, invalid UTF-8 and an overlong line in DuckDB's stride", async () => {
    const lines = [
      HEADER, // 1
      ok("L-001"), // 2
      "", // 3: blank
      ok("L-002"), // 4
      "L-003,2026-01-01T10:00:00Z,100,12", // 5: short
      `${ok("L-004")},x,y`, // 6: two fields too many
      'L-005,2026-01-01T10:00:00Z,1"00,12,approve,false,,', // 7: a quote inside an unquoted field
      // (the text after a closing quote, `"1"00`, is a quoting error: test/robustness)
      ok("L-006", "abc"), // 8: a type error
      "", // 9
      "", // 10
      ok("L-007"), // 11
      "L-008,2026-01-01T10:00:00Z,100,12,approve,false,jos\u00e9," // 12: é, written as latin-1 below
    ];
    const text = Buffer.concat([
      Buffer.from(lines.slice(0, -1).join("\n") + "\n"),
      Buffer.from("L-008,2026-01-01T10:00:00Z,100,12,approve,false,jos"),
      Buffer.from([0xe9]),
      Buffer.from(",\n" + ok("L-009") + "\n\n")
    ]);
    writeFileSync(join(tmp, "mixed.csv"), text);
    const fast = await run(join(tmp, "mixed.csv"), "fast");
    assert.ok(!fast.logged.some((l) => l.includes("record by record")), fast.logged.join("\n"));
    const slow = await run(join(tmp, "mixed.csv"), "slow", {recordByRecord: true});
    assert.ok(slow.logged.some((l) => l.includes("record by record")));
    sameOutputs(fast, slow);
    assert.deepEqual(
      (await quarantine(fast.dir)).map((r) => [r._row, r._reason]),
      [
        [5, "expected 8 fields, found 4"],
        [6, "expected 8 fields, found 10"],
        [7, 'income: not a DOUBLE "1\\"00"'], // a quote inside an unquoted field is a character
        [8, 'income: not a DOUBLE "abc"'],
        [12, "invalid UTF-8 at byte 4 of field reviewer"]
      ]
    );
    const raws = await quarantine(fast.dir);
    assert.equal(raws.at(-1)!._raw, "L-008,2026-01-01T10:00:00Z,100,12,approve,false,jos\\xE9,");
    const accepted = await db.all<{_row: number}>(`SELECT _row FROM '${join(fast.dir, "decisions.parquet")}'`);
    assert.deepEqual(
      accepted.map((r) => r._row),
      [2, 4, 11, 13]
    );
    assert.deepEqual(fast.m.rows, {read: 9, accepted: 4, quarantined: 5, purged: 0, quarantineRate: 5 / 9});
    assert.equal(fast.m.sources[0].blankLines, 4);
  });

  it("quarantines a record longer than the contract's maxRecordBytes instead of stopping", async () => {
    const big = structuredClone(contract);
    big.customProperties.ingest = {maxRecordBytes: 1024};
    const file = join(tmp, "long.csv");
    writeFileSync(
      file,
      [HEADER, ok("L-001"), `L-002,2026-01-01T10:00:00Z,100,12,approve,false,${"x".repeat(5000)},`, ok("L-003")].join(
        "\n"
      ) + "\n"
    );
    for (const recordByRecord of [false, true]) {
      const m = await ingest(
        {contract: big, source: file, outDir: join(tmp, `long-${recordByRecord}`)},
        {db, log, recordByRecord}
      );
      assert.deepEqual([m.rows.accepted, m.rows.quarantined], [2, 1]);
      const [q] = await quarantine(join(tmp, `long-${recordByRecord}`));
      assert.equal(q._row, 3);
      assert.equal(q._reason, "record longer than 1024 bytes (5049)");
      assert.ok(q._raw!.startsWith("L-002,") && q._raw!.endsWith("…") && q._raw!.length === 1025);
    }
  });

  it("reads CRLF files and a BOM in DuckDB's stride; mixed line ends record by record, with the same result", async () => {
    const body = [HEADER, ok("L-001"), "L-002,2026-01-01T10:00:00Z,100,12", ok("L-003")];
    writeFileSync(join(tmp, "crlf.csv"), "\ufeff" + body.join("\r\n") + "\r\n");
    writeFileSync(
      join(tmp, "mixed-ends.csv"),
      "\ufeff" + body.slice(0, 2).join("\r\n") + "\n" + body.slice(2).join("\r\n") + "\n"
    );
    const crlf = await run(join(tmp, "crlf.csv"), "crlf");
    assert.ok(!crlf.logged.some((l) => l.includes("record by record")));
    const mixed = await run(join(tmp, "mixed-ends.csv"), "mixed-ends");
    assert.ok(mixed.logged.some((l) => l.includes("record by record")));
    for (const r of [crlf, mixed]) {
      assert.deepEqual(r.m.rows, {read: 3, accepted: 2, quarantined: 1, purged: 0, quarantineRate: 1 / 3});
      assert.deepEqual(
        (await quarantine(r.dir)).map((q) => [q._row, q._raw]),
        [[3, "L-002,2026-01-01T10:00:00Z,100,12"]]
      );
    }
  });

  it("a stray quote costs only its own line, even when DuckDB's reader would swallow the rest of the file", async () => {
    const file = join(tmp, "stray.csv");
    writeFileSync(
      file,
      [HEADER, ok("L-001"), 'L-002,2026-01-01T10:00:00Z,"100,12,approve,false,,', ok("L-003"), ok("L-004")].join("\n") +
        "\n"
    );
    const r = await run(file, "stray");
    assert.ok(
      r.logged.some((l) => l.includes("record by record")),
      r.logged.join("\n")
    );
    assert.deepEqual(r.m.rows, {read: 4, accepted: 3, quarantined: 1, purged: 0, quarantineRate: 0.25});
    assert.deepEqual(
      (await quarantine(r.dir)).map((q) => [q._row, q._reason]),
      [[3, "unterminated quoted field 3"]]
    );
  });

  it("writes without sorting at one thread when no row is left out, the same bytes as the sorted write at two", async () => {
    // 250,000 rows: three row groups (122,880, 122,880, 4,240), so a write cut anywhere else would differ
    const rows = [HEADER, ...Array.from({length: 250_000}, (_, i) => ok(`L-${i}`, String(i % 1000)))];
    writeFileSync(join(tmp, "many.csv"), rows.join("\n") + "\n");
    // the fixture's contract with room for 250,000 ids
    const text = readFileSync(join(FIXTURES, "loans.odcs.yaml"), "utf8").replace("^L-[0-9]{3}$", "^L-[0-9]+$");
    assert.ok(text.includes("^L-[0-9]+$"));
    writeFileSync(join(tmp, "many.odcs.yaml"), text);
    const many = await readContract(join(tmp, "many.odcs.yaml"));
    const copies = async (out: string, threads: number, source = join(tmp, "many.csv")) => {
      const d = await openDb({threads});
      const seen: string[] = [];
      const spy: Db = {...d, run: (sql, params) => (seen.push(sql), d.run(sql, params))};
      try {
        const m = await ingest({contract: many, source, outDir: join(tmp, out)}, {db: spy, log: () => {}});
        const copy = seen.filter((sql) => /^COPY \(SELECT/.test(sql.trim()) && sql.includes("FROM staged"));
        assert.equal(copy.length, 1);
        // the stage's tables are dropped before its DETACH (which would checkpoint them to a file about to go)
        const detach = seen.findIndex((sql) => sql.includes("DETACH ingest_stage"));
        const dropped = seen.flatMap((sql, i) => (/^DROP TABLE ingest_stage\.main\./.test(sql) ? [i] : []));
        assert.deepEqual(
          dropped.map((i) => seen[i].split(".").at(-1)),
          ['"bad"', '"dup_0"', '"quarantine_raw"', '"staged"']
        );
        assert.ok(dropped.every((i) => i < detach));
        assert.deepEqual(
          await d.all("SELECT database_name FROM duckdb_databases() WHERE database_name = 'ingest_stage'"),
          []
        );
        return {m, dir: join(tmp, out), sorted: copy[0].includes("ORDER BY rowid")};
      } finally {
        d.close();
      }
    };
    const one = await copies("many1", 1);
    const two = await copies("many2", 2);
    assert.deepEqual([one.sorted, two.sorted], [false, true]);
    assert.equal(one.m.rows.accepted, 250_000);
    sameOutputs(one, two);
    const groups = await db.all<{n: number}>(
      `SELECT DISTINCT row_group_id, row_group_num_rows AS n FROM parquet_metadata('${join(one.dir, "decisions.parquet")}') ORDER BY row_group_id`
    );
    assert.deepEqual(
      groups.map((g) => g.n),
      [122_880, 122_880, 4_240]
    );
    // a quarantined row is left out: at one thread too, the write sorts
    writeFileSync(
      join(tmp, "many-bad.csv"),
      [...rows.slice(0, 1000), "L-bad,not a time,1,1,approve,false,,2026-01-01"].join("\n") + "\n"
    );
    const bad = await copies("many-bad", 1, join(tmp, "many-bad.csv"));
    assert.equal(bad.m.rows.quarantined, 1);
    assert.equal(bad.sorted, true);
  });

  it("writes the same bytes at 1 and 2 threads, for a glob of files with errors and duplicates across them, and from gzip", async () => {
    const a = await run(join(FIXTURES, "decisions-*.csv"), "t1", {threads: 1});
    const b = await run(join(FIXTURES, "decisions-*.csv"), "t2", {threads: 2});
    sameOutputs(a, b);
    const big = [
      HEADER,
      ...Array.from({length: 20_000}, (_, i) => ok(`L-${String(i % 997).padStart(3, "0")}`, String(i % 1000)))
    ];
    writeFileSync(join(tmp, "big.csv"), big.join("\n") + "\n");
    writeFileSync(join(tmp, "big.csv.gz"), gzipSync(big.join("\n") + "\n"));
    const c = await run(join(tmp, "big.csv"), "big1", {threads: 1});
    const d = await run(join(tmp, "big.csv"), "big2", {threads: 2});
    sameOutputs(c, d);
    assert.equal(c.m.rows.accepted, 997); // every later copy of L-000 .. L-996 is a duplicate
    const [dup] = await quarantine(c.dir);
    assert.deepEqual([dup._row, dup._reason], [999, "id: duplicate of row 2 in big.csv"]);
    const gz = await run(join(tmp, "big.csv.gz"), "big-gz", {threads: 2});
    assert.ok(!gz.logged.some((l) => l.includes("record by record")));
    assert.ok(bytes(gz.dir, "decisions.parquet").length > 0);
    assert.deepEqual(gz.m.rows, c.m.rows);
  });
});
