import {formatPercent} from "../format/formatPercent.js";
import {formatSigned} from "../format/formatSigned.js";

const share = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : formatPercent(x));
const points = (x: number): string => formatSigned(100 * x, 2, " pp");

/**
 * How the Explain page writes a segment's row (a SegmentShift): shares and rates as percentages ("–" for the rate of a
 * segment absent from a period), mix, rate and interaction as signed percentage points of the rate.
 *
 * @example segmentCellFormat.mix(-0.1213); // => "−12.13 pp"; segmentCellFormat.rate0(null); // => "–"
 */
export const segmentCellFormat = {
  share0: share,
  share1: share,
  rate0: share,
  rate1: share,
  mix: points,
  rate: points,
  interaction: points
} as const;
