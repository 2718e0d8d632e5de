/**
 * Splits one CSV record (RFC 4180: `,` delimiter, fields optionally enclosed in `"`, `""` inside a
 * quoted field is one quote; the record may contain newlines inside quoted fields) into its fields.
 * Returns a string describing the problem instead when the quoting is malformed: a quote inside an
 * unquoted field, text after a closing quote, or an unterminated quoted field.
 *
 * @example splitCsvRecord('a,"b,""c""",') // => ["a", 'b,"c"', ""]
 * @example splitCsvRecord('a,b"c') // => "quote inside unquoted field 2"
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
      const value = k < 0 ? text.slice(i) : text.slice(i, k);
      if (value.includes('"')) return `quote inside unquoted field ${fields.length + 1}`;
      fields.push(value);
      if (k < 0) return fields;
      i = k + 1;
    }
  }
}
