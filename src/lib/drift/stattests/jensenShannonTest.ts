import type {DriftStatistic} from "../DriftStatistic.js";
import {jsDistance} from "../jsDistance.js";

/** Jensen–Shannon distance, base 2, on the PSI bins (jsDistance): drift when ≥ 0.1 (Evidently's default). */
export const jensenShannonTest: DriftStatistic<"jensenshannon", number> = {
  name: "jensenshannon",
  label: "Jensen–Shannon distance",
  columnKinds: ["categorical", "numeric"],
  defaultThreshold: 0.1,
  kind: "distance",
  description: "Jensen–Shannon distance, base 2, on the PSI bins (0 identical … 1 disjoint)",
  reportedFor: ["numeric", "categorical"],
  columns: {js_distance: "DOUBLE"},
  compute: ({bins}) => jsDistance(bins.reference, bins.current),
  value: (r) => r,
  report: (r) => ({js_distance: r})
};
