import {integerTicks} from "./integerTicks.js";

/**
 * Plot scale options for an axis of counts: whole-number ticks (integerTicks) and a domain from 0 to the last tick,
 * so no tick falls outside the chart and none reads 0.5.
 * @example Plot.plot({y: {label: "↑ Failed checks", ...integerAxis([0, 1, 1, 0])}}) // ticks [0, 1], domain [0, 1]
 */
export function integerAxis(
  values: readonly number[],
  count = 5
): {domain: [number, number]; ticks: number[]; tickFormat: string} {
  const ticks = integerTicks(Math.max(0, ...values.filter(Number.isFinite)), count);
  return {domain: [0, ticks[ticks.length - 1]], ticks, tickFormat: ",d"};
}
