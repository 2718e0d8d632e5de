/**
 * The group name of a slice row: its attribute values a0, a1, … joined by " × " (intersectional groups, the
 * same naming as intersectGroups and levelCombinations), a null value read as "(missing)".
 * @example sliceGroupKey({a0: "female", a1: "group_c"}, 2); // => "female × group_c"
 */
export function sliceGroupKey(row: Record<string, unknown>, attributes: number): string {
  let key = "";
  for (let i = 0; i < attributes; ++i) {
    const v = row[`a${i}`];
    key += (i ? " × " : "") + (v === null || v === undefined ? "(missing)" : String(v));
  }
  return key;
}
