import type {Confusion} from "../../../src/lib/fairness/confusionCounts.js";

/**
 * Hand-built confusion tables shared by the fairness tests. Hand derivation of the rates:
 * a: n 100, PP 50, selection 0.5, base 0.6, TPR 40/60, FPR 10/40 = 0.25, precision 0.8
 * b: n 50, PP 20, selection 0.4, base 0.5, TPR 15/25 = 0.6, FPR 5/25 = 0.2, precision 0.75
 * c: n 10, PP 3, selection 0.3, base 0.4, TPR 2/4 = 0.5, FPR 1/6, precision 2/3
 * total PP 73.
 */
export const A: Confusion = {tp: 40, fp: 10, tn: 30, fn: 20, up: 0, un: 0};
export const B: Confusion = {tp: 15, fp: 5, tn: 20, fn: 10, up: 0, un: 0};
export const C: Confusion = {tp: 2, fp: 1, tn: 5, fn: 2, up: 0, un: 0};
export const GROUPS = [
  {group: "a", confusion: A},
  {group: "b", confusion: B},
  {group: "c", confusion: C}
];
