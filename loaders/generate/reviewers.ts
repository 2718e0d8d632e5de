import type {SystemName} from "./systems.js";

/**
 * The human reviewers of each system and their personal leniency, in log-odds subtracted from the risk they
 * perceive (positive = approves/passes more). Fixed, so the reviewer inconsistency of finding 1 is documented:
 * with a case of true PD 20 %, R01 (−0.8) sees 36 % and R12 (+0.9) 9 %.
 */
export const REVIEWERS: Readonly<Record<SystemName, readonly {id: string; leniency: number}[]>> = {
  "credit-line": [
    {id: "R01", leniency: -0.8},
    {id: "R02", leniency: -0.55},
    {id: "R03", leniency: -0.35},
    {id: "R04", leniency: -0.2},
    {id: "R05", leniency: -0.1},
    {id: "R06", leniency: 0},
    {id: "R07", leniency: 0.05},
    {id: "R08", leniency: 0.15},
    {id: "R09", leniency: 0.3},
    {id: "R10", leniency: 0.45},
    {id: "R11", leniency: 0.6},
    {id: "R12", leniency: 0.9}
  ],
  "fraud-screen": [
    {id: "A01", leniency: -0.5},
    {id: "A02", leniency: -0.3},
    {id: "A03", leniency: -0.15},
    {id: "A04", leniency: 0},
    {id: "A05", leniency: 0.1},
    {id: "A06", leniency: 0.25},
    {id: "A07", leniency: 0.4},
    {id: "A08", leniency: 0.6}
  ]
};
