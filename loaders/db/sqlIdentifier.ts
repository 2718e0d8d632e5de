/**
 * A double-quoted SQL identifier with `"` doubled, so any column name is safe in generated SQL.
 *
 * @throws {Error} for an empty name
 * @example sqlIdentifier('a "b"') // => '"a ""b"""'
 */
export function sqlIdentifier(name: string): string {
  if (name === "") throw new Error(`invalid SQL identifier: ""`);
  return `"${name.replace(/"/g, '""')}"`;
}
