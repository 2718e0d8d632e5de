import {describeFairness} from "./describeFairness.js";
import type {FairnessReport} from "./fairnessReport.js";

/**
 * describeFairness kept short enough to read at a glance: the reference line, the first `maxGroups` groups outside
 * the band (in the report's order) with their rates and intervals, one line naming the other groups outside the
 * band (the table has their numbers), the three parity summaries as one line, and the small-group note. An
 * intersection of two attributes used to produce a paragraph per group.
 * @example conciseFairness(report, {maxGroups: 3}).length // => at most 6
 */
export function conciseFairness(
  report: FairnessReport,
  {referenceRule, maxGroups = 3}: {referenceRule?: string; maxGroups?: number} = {}
): string[] {
  const lines = describeFairness(report, referenceRule === undefined ? {} : {referenceRule});
  const outside = lines.filter((l) => / is outside the band \[/.test(l));
  const parity = lines.filter((l) => /^(Demographic parity|Equalized odds|Equal opportunity): /.test(l));
  const rest = lines.filter((l) => !outside.includes(l) && !parity.includes(l));
  const more = outside.slice(maxGroups).map((l) => l.slice(0, l.indexOf(" is outside the band")));
  const moreLine = more.length
    ? [
        `${more.length} more ${more.length === 1 ? "group is" : "groups are"} outside the band: ${more.join(", ")} (see the table).`
      ]
    : [];
  const [reference, ...others] = rest;
  return [
    ...(reference?.startsWith("Reference group") ? [reference] : []),
    ...outside.slice(0, maxGroups),
    ...moreLine,
    ...(reference?.startsWith("Reference group") ? others : rest),
    ...(parity.length ? [parity.map((l) => l.replace(/\.$/, "")).join("; ") + "."] : [])
  ];
}
