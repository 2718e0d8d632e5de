import {readFileSync} from "node:fs";

/**
 * Test reader for RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), kept independent of the writer
 * under test and checked against DuckDB's reader in generate.test.ts. Returns the header and the records
 * with their 1-based line numbers; an empty unquoted field is null.
 */
export function readCsv(path: string): {header: string[]; records: {line: number; fields: (string | null)[]}[]} {
  const text = readFileSync(path, "utf8");
  const rows: {line: number; fields: (string | null)[]}[] = [];
  let fields: (string | null)[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    fields.push(field === "" && !wasQuoted ? null : field);
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; ++i) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        ++i;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") ++line;
        field += ch;
      }
    } else if (ch === '"') quoted = wasQuoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") ++i;
      endField();
      rows.push({line: start, fields});
      fields = [];
      start = ++line;
    } else field += ch;
  }
  if (field !== "" || fields.length) {
    endField();
    rows.push({line: start, fields});
  }
  const [head, ...records] = rows;
  return {header: head.fields as string[], records};
}
