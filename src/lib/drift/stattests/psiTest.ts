import type {DriftStatistic} from "../DriftStatistic.js";
import {psi} from "../psi.js";

/** PSI on the PSI bins (psi): drift when ≥ 0.1 (Evidently's default; Siddiqi's "moderate shift"). */
export const psiTest: DriftStatistic<"psi", number> = {
  name: "psi",
  label: "PSI",
  columnKinds: ["categorical", "numeric"],
  defaultThreshold: 0.1,
  kind: "distance",
  description: "population stability index on reference deciles (or categories), empty bins floored at 1e-4",
  reportedFor: ["numeric", "categorical"],
  columns: {psi: "DOUBLE"},
  compute: ({bins}) => psi(bins.reference, bins.current),
  value: (r) => r,
  report: (r) => ({psi: r})
};
