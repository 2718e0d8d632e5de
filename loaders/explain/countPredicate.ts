/**
 * The row predicate of a counting aggregate: `count(*)` counts every row (`TRUE`), `count(*) FILTER (WHERE p)` the
 * rows where p is true (`p`); any other aggregate (or a FILTER whose parentheses do not close where it ends) gives
 * null. The rates of `workbench spc` and explainMetric are written in these two forms, so their counts can be summed
 * from rows grouped by the predicates each row meets.
 *
 * @example countPredicate('count(*) FILTER (WHERE "approved")') // => '"approved"'
 */
export function countPredicate(aggregate: string): string | null {
  const match = /^\s*count\(\*\)(?:\s+FILTER\s*\(\s*WHERE\s+([\s\S]*)\))?\s*$/i.exec(aggregate);
  if (!match) return null;
  if (match[1] === undefined) return "TRUE";
  return balanced(match[1]) ? match[1].trim() : null;
}

/** True when every parenthesis of `sql` outside its quoted strings and identifiers closes within it. */
function balanced(sql: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null; // a doubled quote closes and reopens: the same state
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0 && quote === null;
}
