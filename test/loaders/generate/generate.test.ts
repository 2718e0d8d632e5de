import {DuckDBInstance} from "@duckdb/node-api";
import assert from "node:assert/strict";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {gunzipSync} from "node:zlib";
import {InputError} from "../../../loaders/cli/errors.js";
import {DAY_MS, END_MS, START_MS} from "../../../loaders/generate/calendar.js";
import {generate} from "../../../loaders/generate/generate.js";
import {SYSTEMS, SYSTEM_NAMES} from "../../../loaders/generate/systems.js";
import {readContract, rowChecker} from "./contractRules.js";
import {loadSample, outputBytes, type Sample} from "./loadSample.js";

const log = () => {};
let sample: Sample;
const scratch = mkdtempSync(join(tmpdir(), "workbench-generate-test-"));

before(async () => {
  sample = await loadSample({rows: 20_000, seed: 42});
});

after(() => {
  rmSync(sample.dir, {recursive: true, force: true});
  rmSync(scratch, {recursive: true, force: true});
});

describe("generate: layout and counts", () => {
  it("writes six monthly decisions files and one outcomes file per system, all listed in manifest.json", () => {
    for (const system of SYSTEM_NAMES) {
      const files = sample.manifest.systems[system].decisions.map((d) => d.file);
      assert.deepEqual(
        files,
        ["01", "02", "03", "04", "05", "06"].map((m) => `${system}/decisions-2026-${m}.csv`)
      );
      for (const f of [...files, sample.manifest.systems[system].outcomes.file])
        assert.ok(existsSync(join(sample.dir, f)));
    }
    const onDisk = JSON.parse(readFileSync(join(sample.dir, "manifest.json"), "utf8"));
    assert.deepEqual(onDisk, JSON.parse(JSON.stringify(sample.manifest)));
    assert.equal(sample.manifest.start, "2026-01-01T00:00:00.000Z");
    assert.equal(sample.manifest.end, "2026-06-30T00:00:00.000Z");
  });

  it("splits --rows 60/40 into well-formed rows and plants 12 malformed rows per system", () => {
    assert.equal(sample.decisions["credit-line"].length, 12_000);
    assert.equal(sample.decisions["fraud-screen"].length, 8_000);
    for (const system of SYSTEM_NAMES) {
      assert.equal(sample.malformed[system].length, 12);
      assert.equal(sample.manifest.systems[system].malformedRows, 12);
      const lines = sample.manifest.systems[system].decisions.reduce((s, d) => s + d.lines - 1, 0);
      assert.equal(lines, sample.manifest.systems[system].rows + 12);
      assert.equal(sample.outcomes[system].length, sample.manifest.systems[system].outcomes.rows);
    }
  });

  it("orders rows by time within each file and numbers decision_id in that order", () => {
    for (const system of SYSTEM_NAMES) {
      const rows = sample.decisions[system];
      for (let i = 1; i < rows.length; ++i) {
        assert.ok(rows[i - 1].decided_at! <= rows[i].decided_at!, `${rows[i]._file}:${rows[i]._line}`);
        assert.ok(rows[i - 1].decision_id! < rows[i].decision_id!);
      }
      for (const r of rows) assert.equal(r._file, `${system}/decisions-${r.decided_at!.slice(0, 7)}.csv`);
    }
  });
});

describe("generate: contract conformance", () => {
  for (const system of SYSTEM_NAMES) {
    const contract = readContract(SYSTEMS[system].contract);

    it(`every well-formed ${system} row passes every check of its contract`, () => {
      const check = rowChecker(contract, "decisions");
      const ids = new Set<string>();
      for (const row of sample.decisions[system]) {
        assert.deepEqual(check(row), [], `${row._file}:${row._line}`);
        assert.ok(!ids.has(row.decision_id!), `duplicate ${row.decision_id}`);
        ids.add(row.decision_id!);
        const t = Date.parse(row.decided_at!);
        assert.ok(t >= START_MS && t < END_MS);
      }
      const outcomeCheck = rowChecker(contract, "outcomes");
      for (const row of sample.outcomes[system]) assert.deepEqual(outcomeCheck(row), []);
    });

    it(`every planted ${system} row breaks exactly the check the manifest names`, () => {
      const check = rowChecker(contract, "decisions");
      const wellFormedIds = new Set(sample.decisions[system].map((r) => r.decision_id));
      const columns = SYSTEMS[system].decisionColumns.length;
      const byLine = new Map(sample.malformed[system].map((r) => [`${r._file}:${r._line}`, r]));
      const kinds = sample.manifest.malformed[system].map((m) => m.kind);
      assert.equal(new Set(kinds).size, 12);
      for (const m of sample.manifest.malformed[system]) {
        const row = byLine.get(`${m.file}:${m.line}`)!;
        assert.ok(row, `${m.file}:${m.line}`);
        if (m.reason === "columns") {
          assert.equal(
            Object.keys(row).filter((k) => !k.startsWith("_") && row[k] !== null).length <= columns - 3,
            true
          );
          assert.equal(row.latency_ms, null);
          continue;
        }
        if (m.reason === "unique") {
          assert.ok(wellFormedIds.has(m.decision_id), m.decision_id ?? "");
          assert.deepEqual(check(row), []);
          continue;
        }
        const expected = m.reason === "rule" ? `rule:${m.check}` : `${m.reason}:${m.field}`;
        assert.deepEqual(check(row), [expected], `${m.kind} at ${m.file}:${m.line}`);
        assert.equal(row[m.field] ?? "", m.value);
      }
    });
  }

  it("outcomes arrive 30 to 90 days after a well-formed decision, inside the window, about 92 % of them", () => {
    for (const system of SYSTEM_NAMES) {
      const decidedAt = new Map(sample.decisions[system].map((r) => [r.decision_id, Date.parse(r.decided_at!)]));
      for (const o of sample.outcomes[system]) {
        const t = decidedAt.get(o.decision_id);
        assert.ok(t !== undefined, `outcome for unknown decision ${o.decision_id}`);
        const delay = (Date.parse(o.observed_at!) - t) / DAY_MS;
        assert.ok(delay >= 30 && delay <= 90, `delay ${delay}`);
        assert.ok(Date.parse(o.observed_at!) < END_MS);
      }
      // decisions at least 90 days before the end have had every chance: ~92 % observed (8 % never)
      const early = sample.decisions[system].filter((r) => Date.parse(r.decided_at!) < END_MS - 90 * DAY_MS);
      const withOutcome = new Set(sample.outcomes[system].map((o) => o.decision_id));
      const share = early.filter((r) => withOutcome.has(r.decision_id)).length / early.length;
      // binomial SE sqrt(.92·.08/6000) ≈ 0.0035
      assert.ok(Math.abs(share - 0.92) < 0.015, `share ${share}`);
    }
  });
});

describe("generate: determinism and formats", () => {
  it("the same seed gives byte-identical files, another seed different ones", async () => {
    const a = join(scratch, "a");
    const b = join(scratch, "b");
    const c = join(scratch, "c");
    const ma = await generate({out: a, rows: 3000, seed: 7}, {log});
    const mb = await generate({out: b, rows: 3000, seed: 7}, {log});
    const mc = await generate({out: c, rows: 3000, seed: 8}, {log});
    const fa = outputBytes(a, ma);
    const fb = outputBytes(b, mb);
    assert.deepEqual([...fa.keys()], [...fb.keys()]);
    for (const [f, bytes] of fa) assert.ok(bytes.equals(fb.get(f)!), f);
    const fc = outputBytes(c, mc);
    assert.ok(!fa.get("credit-line/decisions-2026-01.csv")!.equals(fc.get("credit-line/decisions-2026-01.csv")!));
  });

  it("jsonl carries the same values as csv, and jsonl.gz is the same bytes gzipped", async () => {
    const csv = await loadSample({rows: 2000, seed: 3});
    const jsonl = join(scratch, "jsonl");
    const gz = join(scratch, "gz");
    const mj = await generate({out: jsonl, rows: 2000, seed: 3, format: "jsonl"}, {log});
    const mg = await generate({out: gz, rows: 2000, seed: 3, format: "jsonl.gz"}, {log});
    for (const system of SYSTEM_NAMES) {
      const files = mj.systems[system].decisions.map((d) => d.file);
      assert.deepEqual(
        mg.systems[system].decisions.map((d) => d.file),
        files.map((f) => f + ".gz")
      );
      const parsed = [];
      for (const f of files) {
        const text = readFileSync(join(jsonl, f), "utf8");
        assert.equal(gunzipSync(readFileSync(join(gz, f + ".gz"))).toString("utf8"), text);
        for (const line of text.split("\n").filter(Boolean)) {
          try {
            parsed.push(JSON.parse(line));
          } catch {
            // the planted short record
          }
        }
      }
      const asCsv = (v: unknown) => (v === null ? null : String(v));
      const wellFormed = new Set(csv.decisions[system].map((r) => r.decision_id));
      const fromJson = parsed.filter((r) => wellFormed.has(r.decision_id) && r.decision_id !== null);
      // one duplicate_id copy per system shares its id with a well-formed row
      assert.equal(fromJson.length, csv.decisions[system].length + 1);
      const byId = new Map(fromJson.reverse().map((r) => [r.decision_id, r]));
      for (const row of csv.decisions[system]) {
        const j = byId.get(row.decision_id)!;
        for (const column of SYSTEMS[system].decisionColumns) assert.equal(asCsv(j[column]), row[column], column);
      }
      assert.deepEqual(
        mj.malformed[system].map((m) => m.reason),
        csv.manifest.malformed[system].map((m) => (m.reason === "columns" ? "parse" : m.reason))
      );
    }
    rmSync(csv.dir, {recursive: true, force: true});
  });

  it("CSV quoting round-trips: DuckDB reads the same fields as RFC 4180, names with quotes and commas included", async () => {
    const file = "credit-line/decisions-2026-03.csv";
    const raw = readFileSync(join(sample.dir, file), "utf8");
    assert.match(raw, /,"[^",]+ ""[A-Za-z]+"" [^",]+",/, "a quoted name with doubled quotes");
    assert.match(raw, /,"[^",]+, (Jr\.|Sr\.|III)",/, "a quoted name with a comma");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const sql = `SELECT * FROM read_csv('${join(sample.dir, file)}', all_varchar = true, header = true, ignore_errors = true)`;
    const reader = await connection.runAndReadAll(sql);
    const duck = reader.getRowObjectsJS() as Record<string, string | null>[];
    connection.closeSync();
    instance.closeSync();
    const ours = sample.decisions["credit-line"].filter((r) => r._file === file);
    // first occurrence: the planted duplicate_id row comes after the row whose id it repeats
    const byId = new Map<string | null, Record<string, string | null>>();
    for (const r of duck) if (!byId.has(r.decision_id)) byId.set(r.decision_id, r);
    let tricky = 0;
    for (const row of ours) {
      const d = byId.get(row.decision_id)!;
      for (const column of SYSTEMS["credit-line"].decisionColumns) assert.equal(d[column], row[column], column);
      if (/[",]/.test(row.applicant_name!)) ++tricky;
    }
    assert.ok(tricky >= 20, `names needing quotes: ${tricky}`);
  });
});

describe("generate: output directory", () => {
  it("refuses a non-empty directory it did not write, and replaces its own previous output", async () => {
    const foreign = join(scratch, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "keep me");
    await assert.rejects(
      generate({out: foreign, rows: 100}, {log}),
      (e) => e instanceof InputError && /refusing/.test(e.message)
    );
    assert.equal(readFileSync(join(foreign, "notes.txt"), "utf8"), "keep me");

    const own = join(scratch, "own");
    await generate({out: own, rows: 500, format: "jsonl"}, {log});
    const m = await generate({out: own, rows: 500, format: "csv"}, {log});
    assert.ok(!existsSync(join(own, "credit-line/decisions-2026-01.jsonl")), "old jsonl removed");
    assert.ok(existsSync(join(own, m.systems["credit-line"].decisions[0].file)));
  });

  it("rejects invalid options with InputError", async () => {
    const out = join(scratch, "invalid");
    await assert.rejects(generate({out, rows: 0}, {log}), /invalid rows: 0/);
    await assert.rejects(generate({out, seed: 1.5}, {log}), /invalid seed: 1.5/);
    // @ts-expect-error an unknown format from an untyped caller
    await assert.rejects(generate({out, format: "xml"}, {log}), /invalid format: xml/);
  });
});
