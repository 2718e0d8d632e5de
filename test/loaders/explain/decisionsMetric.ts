import type {ExplainMetric} from "../../../loaders/explain/explainMetric.js";

/** A rate over the decisions for the explain tests: its id stands for its label and description too. */
export const decisionsMetric = (id: string, n: string, count: string): ExplainMetric => ({
  id,
  label: id,
  description: id,
  source: "decisions",
  n,
  count
});
