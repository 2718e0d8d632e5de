import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb} from "../../loaders/db/openDb.js";
import {cli, oneLine} from "./robustness.js";

/**
 * Issue 12, defect 7: one row-numbering convention, the line on which the record starts (header = line 1, blank
 * lines and a quoted field's newlines counted), in `ingest`'s quarantine and in the one-line errors of
 * `drift --input` and `spc --input`, for the same file.
 */
describe("row numbering: ingest, drift --input and spc --input name the same line", () => {
  let tmp: string;
  let file: string;
  const lines = [
    "decided_at,income,flagged,channel", // 1
    "2026-01-05T10:00:00Z,100,0,web", // 2
    "", // 3: blank
    '2026-01-06T10:00:00Z,200,1,"we', // 4: a quoted field over two lines
    'b"', // 5
    "yesterday,300,0,web", // 6: the bad record
    "2026-01-07T10:00:00Z,400,0,web" // 7
  ];
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), "robustness-lines-"));
    file = join(tmp, "f.csv");
    writeFileSync(file, lines.join("\n") + "\n");
  });
  after(() => rmSync(tmp, {recursive: true, force: true}));

  it("drift --input: line 6, field decided_at", async () => {
    const r = await cli(
      "drift",
      "--input",
      file,
      "--time",
      "decided_at",
      "--numeric",
      "income",
      "--categorical",
      "channel",
      "--reference",
      "2026-01-05..2026-01-07",
      "--current",
      "2026-01-07..2026-01-08"
    );
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: .*f\.csv:6: field decided_at: not a timestamp "yesterday"$/);
  });

  it("spc --input: line 6, field decided_at", async () => {
    const r = await cli(
      "spc",
      "--input",
      file,
      "--time",
      "decided_at",
      "--value",
      "flagged",
      "--baseline",
      "..2026-01-07"
    );
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: .*f\.csv:6: field decided_at: not a timestamp "yesterday"$/);
  });

  it("ingest: the record is quarantined as line 6, and the quoted record as line 4", async () => {
    const contract = join(tmp, "c.odcs.yaml");
    writeFileSync(
      contract,
      `apiVersion: v3.1.0
kind: DataContract
id: urn:test:lines
name: lines
version: 0.1.0
status: active
schema:
  - name: decisions
    properties:
      - {name: decided_at, logicalType: timestamp, required: true}
      - {name: income, logicalType: number}
      - {name: flagged, logicalType: integer}
      - {name: channel, logicalType: string, quality: [{metric: invalidValues, arguments: {validValues: [web]}}]}
`
    );
    const out = join(tmp, "out");
    const r = await cli(
      "ingest",
      "--contract",
      contract,
      "--source",
      file,
      "--out",
      out,
      "--as-of",
      "2026-02-01T00:00:00Z",
      "--max-quarantine-rate",
      "1"
    );
    assert.equal(r.status, 0, r.stderr);
    const db = await openDb();
    try {
      assert.deepEqual(
        await db.all(`SELECT _row::INTEGER AS line, _reason AS reason FROM '${join(out, "quarantine.parquet")}'`),
        [
          {line: 4, reason: 'channel: not in allowed values "we\\nb"'},
          {line: 6, reason: 'decided_at: not a TIMESTAMP "yesterday"'}
        ]
      );
    } finally {
      db.close();
    }
  });
});
