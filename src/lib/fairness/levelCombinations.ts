/**
 * Every combination of levels of several attributes, joined by `separator` in the same order as
 * intersectGroups and sliceSql name intersectional groups (first attribute slowest).
 * @example levelCombinations([["f", "m"], ["18-24", "65+"]]); // => ["f × 18-24", "f × 65+", "m × 18-24", "m × 65+"]
 */
export function levelCombinations(levels: readonly (readonly string[])[], separator = " × "): string[] {
  if (!levels.length) return [];
  let out: string[] = [...levels[0]];
  for (const next of levels.slice(1))
    out = out.flatMap((prefix) => next.map((level) => `${prefix}${separator}${level}`));
  return out;
}
