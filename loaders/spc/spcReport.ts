import type {SpcAnalysis, SpcSignal} from "../../src/lib/spc/spcAnalysis.js";

/** The JSON document of `workbench spc` for one series (issue 4's shape, plus baseline, signals and check). */
export interface SpcReport {
  series: string;
  bucket: string;
  kind: "proportion" | "value";
  baseline: {from: string; to: string};
  p_chart: {
    center: number;
    points: {bucket: string; n: number; p: number; lcl: number; ucl: number; phase: 1 | 2; rules: string[]}[];
  } | null;
  individuals: {
    center: number;
    sigma: number;
    mr_bar: number;
    mr_ucl: number;
    points: {
      bucket: string;
      value: number;
      mr: number | null;
      lcl: number;
      ucl: number;
      phase: 1 | 2;
      rules: string[];
    }[];
  };
  ewma: {
    lambda: number;
    L: number;
    points: {bucket: string; z: number; lcl: number; ucl: number; signal: boolean}[];
  } | null;
  cusum: {k: number; h: number; points: {bucket: string; c_plus: number; c_minus: number; signal: boolean}[]} | null;
  signals: SpcSignal[];
  /** The check: which signals count, and whether any did. */
  check: {monitored: "phase 2" | "all"; failed: boolean; signals: number};
}

/**
 * Shapes an SpcAnalysis as the CLI's JSON. The check counts the signals of Phase II buckets when a
 * baseline leaves buckets after it, otherwise (baseline = every bucket, a retrospective Phase I study)
 * the signals of all buckets.
 */
export function spcReport(series: string, bucket: string, a: SpcAnalysis): SpcReport {
  const phase2 = a.baseline.end < a.individuals.points.length;
  const counted = a.signals.filter((s) => !phase2 || s.phase === 2).length;
  return {
    series,
    bucket,
    kind: a.kind,
    baseline: {from: a.baseline.from, to: a.baseline.to},
    p_chart: a.pChart && {
      center: a.pChart.center,
      points: a.pChart.points.map((d) => ({
        bucket: d.bucket,
        n: d.n,
        p: d.p,
        lcl: d.lcl,
        ucl: d.ucl,
        phase: d.phase,
        rules: d.rules
      }))
    },
    individuals: {
      center: a.individuals.center,
      sigma: a.individuals.sigma,
      mr_bar: a.individuals.mrBar,
      mr_ucl: a.individuals.mrUcl,
      points: a.individuals.points.map((d) => ({
        bucket: d.bucket,
        value: d.value,
        mr: d.mr,
        lcl: d.lcl,
        ucl: d.ucl,
        phase: d.phase,
        rules: d.rules
      }))
    },
    ewma: a.ewma && {
      lambda: a.ewma.lambda,
      L: a.ewma.L,
      points: a.ewma.points.map((d) => ({bucket: d.bucket, z: d.z, lcl: d.lcl, ucl: d.ucl, signal: d.signal}))
    },
    cusum: a.cusum && {
      k: a.cusum.k,
      h: a.cusum.h,
      points: a.cusum.points.map((d) => ({bucket: d.bucket, c_plus: d.cPlus, c_minus: d.cMinus, signal: d.signal}))
    },
    signals: a.signals,
    check: {monitored: phase2 ? "phase 2" : "all", failed: counted > 0, signals: counted}
  };
}
