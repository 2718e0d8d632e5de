/**
 * One aggregate cell of the ROI input, as the ROI loader writes it: the decisions of one UTC day that share
 * one final decision and one observed outcome. This is the finest grain the ROI report ever sees: no row
 * of the decision log reaches it.
 *
 * - `outcome`: the observed label (true = defaulted / confirmed_fraud), null while no outcome has arrived
 * - `amount`: the sum of the monetary column over the cell's decisions
 * - `automated`: how many were decided by the system (decision_source other than human)
 * - `reviewed`: how many a person handled (manual decisions and decisions routed to review)
 * - `handlingSeconds`: the sum of their handling time (review_seconds)
 */
export interface RoiCell {
  day: string;
  decision: string;
  outcome: boolean | null;
  decisions: number;
  amount: number;
  automated: number;
  reviewed: number;
  handlingSeconds: number;
}
