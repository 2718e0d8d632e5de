import type {ColumnDriftRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {statisticValue} from "../../src/lib/drift/columnTestTable.js";
import {driftTests} from "../../src/lib/drift/driftTests.js";
import {InputError} from "../cli/errors.js";
import {driftReport} from "../drift/driftReport.js";
import type {CheckContext} from "./CheckContext.js";
import {driftRuleInput} from "./driftRuleInput.js";

/**
 * One column's drift under the rule's statistic and threshold (Evidently's TestColumnDrift): the column's values in
 * the current window against the reference (default: the drift command's, the first 4 weeks of model scores),
 * compared by the drift loaders (driftReport on that column alone), and the statistic read from the result
 * (statisticValue). Fails when a p-value is below the threshold or a distance at or above it.
 *
 * @throws {InputError} for an unknown system or column, an empty window, or a statistic that does not apply to the
 *   column's type (KS or Wasserstein on a categorical column)
 */
export async function columnDriftCheck(ctx: CheckContext, rule: ColumnDriftRule): Promise<CheckResult> {
  const {db, log} = ctx;
  const {input, reference, current} = await driftRuleInput(ctx, rule);
  const numeric = input.columns.numeric.includes(rule.column);
  if (!numeric && !input.columns.categorical.includes(rule.column))
    throw new InputError(
      `not a drift column of ${rule.system} (${[...input.columns.numeric, ...input.columns.categorical].join(", ")})`,
      {field: rule.column}
    );
  const report = await driftReport(
    {db, log},
    {
      ...input,
      columns: numeric ? {numeric: [rule.column], categorical: []} : {numeric: [], categorical: [rule.column]},
      reference,
      current
    }
  );
  const feature = report.features[0];
  const value = statisticValue(
    {...feature, system: rule.system, window_start: current.from, role: "feature"},
    rule.test
  );
  const test = driftTests[rule.test];
  if (value === null)
    throw new InputError(`${test.label} does not apply to a ${feature.type} column`, {field: rule.column});
  const result = thresholdCheck(
    rule.name,
    `${rule.column} ${test.label}`,
    value,
    rule.threshold,
    test.kind === "pvalue" ? "below" : "at or above"
  );
  return {
    ...result,
    message: `${result.message} in ${current.from}..${current.to} vs ${reference.from}..${reference.to}`
  };
}
