import type {SpcAnalysis} from "./spcAnalysis.js";

/** One point of a Shewhart chart with everything a control-chart component draws. */
export interface ControlRow {
  bucket: string;
  value: number;
  center: number;
  lcl: number;
  ucl: number;
  lower2: number;
  upper2: number;
  lower1: number;
  upper1: number;
  phase: 1 | 2;
  rules: string[];
}

/**
 * The Shewhart chart of an analysis as uniform rows: the p-chart for a proportion series (p with its own
 * stepped limits and zones, clipped to [0, 1]), else the individuals chart (x̄ ± k·σ). This is the compute
 * half of the ControlChart component, in the spirit of Plot's bollinger mark (compute, then compose marks).
 *
 * @example controlLimits(spcAnalysis(series))[0].ucl
 */
export function controlLimits(analysis: SpcAnalysis): ControlRow[] {
  const {pChart, individuals} = analysis;
  if (pChart)
    return pChart.points.map((d) => ({
      bucket: d.bucket,
      value: d.p,
      center: pChart.center,
      lcl: d.lcl,
      ucl: d.ucl,
      lower2: d.lower2,
      upper2: d.upper2,
      lower1: d.lower1,
      upper1: d.upper1,
      phase: d.phase,
      rules: d.rules
    }));
  const {center, sigma} = individuals;
  return individuals.points.map((d) => ({
    bucket: d.bucket,
    value: d.value,
    center,
    lcl: d.lcl,
    ucl: d.ucl,
    lower2: center - 2 * sigma,
    upper2: center + 2 * sigma,
    lower1: center - sigma,
    upper1: center + sigma,
    phase: d.phase,
    rules: d.rules
  }));
}
