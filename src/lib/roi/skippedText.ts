/**
 * Why a system is left out of the ROI report, in plain words for the executive report (the loader's reason names
 * the check that failed: "no baseline day before go-live").
 * @example skippedText({system: "fraud-screen", reason: "fraud-screen: no baseline day before go-live: 2026-01-01"})
 * // => "fraud-screen is not shown: it was automated from its first day (2026-01-01), so there is no manual period to compare with."
 */
export function skippedText({system, reason}: {system: string; reason: string}): string {
  const noBaseline = /no baseline day before go-live(?:: (\S+))?/.exec(reason);
  if (noBaseline)
    return `${system} is not shown: it was automated from its first day${noBaseline[1] ? ` (${noBaseline[1]})` : ""}, so there is no manual period to compare with.`;
  return `${system} is not shown: ${reason.replace(new RegExp(`^${system}: `), "")}.`;
}
