import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, it} from "node:test";
import {csvField, csvLine, jsonLine} from "../../../loaders/generate/formatRow.js";
import {readCsv} from "./readCsv.js";

describe("csvField and csvLine (RFC 4180)", () => {
  it("quotes fields with quotes, commas and line breaks and doubles inner quotes", () => {
    assert.equal(csvField("plain"), "plain");
    assert.equal(csvField('Anna "Kit" Rossi'), '"Anna ""Kit"" Rossi"');
    assert.equal(csvField("Smith, Jr."), '"Smith, Jr."');
    assert.equal(csvField("two\nlines"), '"two\nlines"');
    assert.equal(csvField("O'Brien"), "O'Brien");
    assert.equal(csvField(null), "");
    assert.equal(csvField(0.1), "0.1");
    assert.equal(csvField(false), "false");
  });

  it("round-trips tricky values through an independent RFC 4180 reader", () => {
    const dir = mkdtempSync(join(tmpdir(), "formatRow-"));
    try {
      const columns = ["a", "b", "c", "d"];
      const rows = [
        {a: 'say "hi", then go', b: 1.25, c: null, d: true},
        {a: "Zoë D'Angelo-Smith", b: -3, c: "x\r\ny", d: '""'}
      ];
      writeFileSync(join(dir, "t.csv"), [columns.join(","), ...rows.map((r) => csvLine(columns, r))].join("\n") + "\n");
      const {header, records} = readCsv(join(dir, "t.csv"));
      assert.deepEqual(header, columns);
      assert.deepEqual(
        records.map((r) => r.fields),
        [
          ['say "hi", then go', "1.25", null, "true"],
          ["Zoë D'Angelo-Smith", "-3", "x\r\ny", '""']
        ]
      );
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe("jsonLine", () => {
  it("writes the columns in order, missing values as null, exactly as JSON.stringify", () => {
    const columns = ["id", "name", "score", "flag", "gone"];
    const row = {score: 0.5, id: "CL-00000001", name: 'A "b"\\c', flag: false};
    assert.equal(
      jsonLine(columns, row),
      JSON.stringify({id: "CL-00000001", name: 'A "b"\\c', score: 0.5, flag: false, gone: null})
    );
  });
});
