import type {Rates} from "./groupRates.js";
import type {RateName} from "./rateFractions.js";

/**
 * How the reference group of a disparity is chosen, as Aequitas's ref_groups_method:
 * "largest" = the group with the most rows ("majority"); "lowest" = per rate, the group with the lowest defined
 * value of that rate ("min_metric"); {group} = a named group ("predefined").
 */
export type ReferenceRule = "largest" | "lowest" | {group: string};

/**
 * The reference group for one rate. Ties go to the earlier group in input order ("largest"), or to the larger,
 * then earlier group ("lowest"). Null when there is no group, or for "lowest" when no group has the rate defined.
 * @throws {Error} if a named group is not among the groups
 * @example
 * referenceGroup([{group: "a", n: 5, rates}, {group: "b", n: 9, rates}], "largest", "tpr"); // => "b"
 */
export function referenceGroup(
  groups: readonly {group: string; n: number; rates: Rates}[],
  rule: ReferenceRule,
  rate: RateName
): string | null {
  if (typeof rule === "object") {
    if (!groups.some((g) => g.group === rule.group)) throw new Error(`unknown reference group: ${rule.group}`);
    return rule.group;
  }
  let best: {group: string; n: number; rates: Rates} | null = null;
  for (const g of groups) {
    if (rule === "largest") {
      if (!best || g.n > best.n) best = g;
    } else if (rule === "lowest") {
      const v = g.rates[rate];
      if (v === null) continue;
      const b = best?.rates[rate] ?? null;
      if (!best || b === null || v < b || (v === b && g.n > best.n)) best = g;
    } else throw new Error(`invalid reference rule: ${String(rule)}`);
  }
  return best?.group ?? null;
}
