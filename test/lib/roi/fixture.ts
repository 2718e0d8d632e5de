import {parseCostModel} from "../../../src/lib/roi/parseCostModel.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";

/**
 * A small ROI fixture whose every number is derived by hand in roiReport.test.ts: a manual baseline on
 * 2026-01-28/29 (6 decisions, 30 min each), automation from 2026-01-30 to 2026-02-01 (17 decisions).
 */
export const model = parseCostModel({
  system: "credit-line",
  currency: "EUR",
  amount: "requested_limit",
  label: "defaulted",
  positiveDecision: "approve",
  outcomes: [
    {name: "good approval margin", decision: "approve", outcome: false, perAmount: 0.1},
    {name: "default loss", decision: "approve", outcome: true, perAmount: -0.5},
    {name: "decline", decision: "decline"}
  ],
  review: {hourlyRate: 60},
  automation: {perDecision: 1},
  platform: {perMonth: 365, investment: 200}
});

const cell = (
  day: string,
  decision: string,
  outcome: boolean | null,
  decisions: number,
  amount: number,
  automated: number,
  reviewed: number,
  handlingSeconds: number
): RoiCell => ({day, decision, outcome, decisions, amount, automated, reviewed, handlingSeconds});

export const cells: RoiCell[] = [
  cell("2026-01-28", "approve", false, 2, 1000, 0, 2, 3600),
  cell("2026-01-28", "approve", true, 1, 200, 0, 1, 1800),
  cell("2026-01-28", "decline", null, 1, 500, 0, 1, 1800),
  cell("2026-01-29", "approve", false, 1, 600, 0, 1, 1800),
  cell("2026-01-29", "decline", null, 1, 100, 0, 1, 1800),
  cell("2026-01-30", "approve", false, 4, 2000, 4, 1, 600),
  cell("2026-01-30", "approve", true, 1, 400, 1, 0, 0),
  cell("2026-01-30", "decline", null, 3, 900, 3, 0, 0),
  cell("2026-01-31", "approve", false, 2, 1000, 2, 0, 0),
  cell("2026-01-31", "approve", null, 2, 800, 2, 1, 600),
  cell("2026-01-31", "decline", null, 1, 100, 1, 0, 0),
  cell("2026-02-01", "approve", null, 3, 1500, 3, 0, 0),
  cell("2026-02-01", "decline", null, 1, 200, 1, 1, 1200)
];

export const raters = {
  baselineReviewers: [
    {decisions: 10, approvals: 3},
    {decisions: 10, approvals: 7}
  ],
  automatedReviewers: [{decisions: 3, approvals: 2}],
  modelDesks: [
    {decisions: 10, approvals: 5},
    {decisions: 10, approvals: 5}
  ]
};
