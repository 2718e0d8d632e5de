/**
 * Splits one CSV record into its fields, in the dialect DuckDB's strict reader uses (so the two readers of
 * ingest agree): `,` delimiter; a field that starts with `"` is quoted, ends at the next `"` not doubled, and must
 * be followed by `,` or the end; `""` inside it is one quote and it may hold newlines; a `"` inside a field that
 * does not start with one is an ordinary character (`O"Brien`, as DuckDB, Python's csv and spreadsheets read it).
 * Returns a string describing the problem instead when the record is malformed: text after a closing quote, or a
 * quoted field that is never closed (`unterminated quoted field 3`: CsvRecordReader reads on to the next line).
 *
 * @example splitCsvRecord('a,"b,""c""",') // => ["a", 'b,"c"', ""]
 * @example splitCsvRecord('a,"b"c') // => "text after closing quote in field 2"
 */
export function splitCsvRecord(text: string): string[] | string {
  if (!text.includes('"')) return text.split(",");
  const fields: string[] = [];
  let i = 0;
  while (true) {
    if (text[i] === '"') {
      let value = "";
      let j = i + 1;
      while (true) {
        const k = text.indexOf('"', j);
        if (k < 0) return `unterminated quoted field ${fields.length + 1}`;
        value += text.slice(j, k);
        if (text[k + 1] === '"') {
          value += '"';
          j = k + 2;
        } else {
          i = k + 1;
          break;
        }
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text[i] !== ",") return `text after closing quote in field ${fields.length}`;
      ++i;
    } else {
      const k = text.indexOf(",", i);
      fields.push(k < 0 ? text.slice(i) : text.slice(i, k));
      if (k < 0) return fields;
      i = k + 1;
    }
  }
}
