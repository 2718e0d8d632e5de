import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {CsvRecordReader, MAX_RECORD_LINES} from "../../../loaders/ingest/CsvRecordReader.js";
import {splitCsvRecord} from "../../../loaders/ingest/splitCsvRecord.js";

function read(lines: string[]) {
  const reader = new CsvRecordReader();
  const records = lines.flatMap((text, i) => reader.push(text, i + 1));
  return {records: [...records, ...reader.end()], blankLines: reader.blankLines};
}

describe("splitCsvRecord", () => {
  it("splits RFC 4180 records: quoted commas, doubled quotes, empty and trailing fields", () => {
    assert.deepEqual(splitCsvRecord("a,b,,"), ["a", "b", "", ""]);
    assert.deepEqual(splitCsvRecord('a,"b,""c""",'), ["a", 'b,"c"', ""]);
    assert.deepEqual(splitCsvRecord('"x\ny",""'), ["x\ny", ""]);
    assert.deepEqual(splitCsvRecord(""), [""]);
  });

  it("describes malformed quoting instead of guessing; a quote inside an unquoted field is a character, as DuckDB reads it", () => {
    assert.deepEqual(splitCsvRecord('a,b"c,O"Brien'), ["a", 'b"c', 'O"Brien']);
    assert.equal(splitCsvRecord('a,"b"c'), "text after closing quote in field 2");
    assert.equal(splitCsvRecord('a,"b'), "unterminated quoted field 2");
  });
});

describe("CsvRecordReader", () => {
  it("joins lines while a quote is open and reports the starting line", () => {
    const {records} = read(["h1,h2", '1,"a', 'b"', "2,c"]);
    assert.deepEqual(records, [
      {line: 1, text: "h1,h2", fields: ["h1", "h2"]},
      {line: 2, text: '1,"a\nb"', fields: ["1", "a\nb"]},
      {line: 4, text: "2,c", fields: ["2", "c"]}
    ]);
  });

  it("skips and counts blank lines between records", () => {
    const {records, blankLines} = read(["a", "", "b", ""]);
    assert.deepEqual(
      records.map((r) => r.line),
      [1, 3]
    );
    assert.equal(blankLines, 2);
  });

  it("a stray quote at the end of the input costs only its own line", () => {
    const {records} = read(["1,x", '2,"y', "3,z", "4,w"]);
    assert.deepEqual(records, [
      {line: 1, text: "1,x", fields: ["1", "x"]},
      {line: 2, text: '2,"y', error: "unterminated quoted field 2"},
      {line: 3, text: "3,z", fields: ["3", "z"]},
      {line: 4, text: "4,w", fields: ["4", "w"]}
    ]);
  });

  it("quotes inside unquoted fields open nothing; a quoted field that closes badly is split back into lines", () => {
    const {records} = read(['1,a"b', "2,c", '3,"d', 'e"f,4', "5,g"]);
    assert.deepEqual(records, [
      {line: 1, text: '1,a"b', fields: ["1", 'a"b']},
      {line: 2, text: "2,c", fields: ["2", "c"]},
      {line: 3, text: '3,"d', error: "unterminated quoted field 2"},
      {line: 4, text: 'e"f,4', fields: ['e"f', "4"]},
      {line: 5, text: "5,g", fields: ["5", "g"]}
    ]);
  });

  it(`gives up on an open quote after ${MAX_RECORD_LINES} lines and re-reads the rest`, () => {
    const lines = ['0,"open', ...Array.from({length: MAX_RECORD_LINES + 10}, (_, i) => `${i + 1},v`)];
    const {records} = read(lines);
    assert.equal(records.length, lines.length);
    assert.deepEqual(records[0], {line: 1, text: '0,"open', error: "unterminated quoted field 2"});
    assert.deepEqual(records.at(-1), {
      line: lines.length,
      text: `${lines.length - 1},v`,
      fields: [`${lines.length - 1}`, "v"]
    });
  });
});
