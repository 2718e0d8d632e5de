import {evidenceSide, type Evidence} from "./promotionRecommendation.js";
import {HARMS} from "./shadowReport.js";

/**
 * The word on multiple comparisons the Shadow page owes its reader: how many group × metric differences the
 * recommendation judged, how many would look worse by chance alone (each 95 % interval lies wholly on the worse side
 * with probability about 2.5 % when nothing differs), and how many did. A group flagged over all months but not
 * within one month is expected: a month has fewer labelled decisions, so wider intervals.
 * @example multipleComparisons(report.groups, ["age_band", "sex", "ethnicity"]).text
 */
export function multipleComparisons(
  groups: readonly Evidence[],
  judged: readonly string[]
): {comparisons: number; expectedByChance: number; flagged: number; text: string} {
  const checked = groups.filter((e) => HARMS.has(e.metric) && judged.includes(e.scope.split("=")[0]));
  const flagged = checked.filter((e) => evidenceSide(e) === "worse").length;
  const expected = checked.length * 0.025;
  const scopes = new Set(checked.filter((e) => evidenceSide(e) === "worse").map((e) => e.scope));
  const text =
    `The recommendation checks ${checked.length} group × metric differences, each with a 95 % interval: about ` +
    `${expected < 1 ? "none" : Math.round(expected)} would look worse by chance alone (${expected.toFixed(1)} expected), and ` +
    `${flagged} ${flagged === 1 ? "does" : "do"}${scopes.size ? ` (${[...scopes].join(", ")})` : ""}. A harm that shows on several ` +
    "metrics of one group is unlikely to be chance; a single borderline one deserves a second look. Within one month " +
    "there are fewer labelled decisions and the intervals are wider, so a group flagged over all months may not be " +
    "flagged in any single month: that is the smaller sample, not evidence that the harm went away.";
  return {comparisons: checked.length, expectedByChance: expected, flagged, text};
}
