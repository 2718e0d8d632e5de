import {readFile} from "node:fs/promises";
import {parse} from "yaml";
import {InputError} from "../cli/errors.js";
import type {Contract} from "../contract/Contract.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {positiveDecision} from "../contract/positiveDecision.js";
import {parseCostModel, type CostModel} from "../../src/lib/roi/parseCostModel.js";

/**
 * Reads a cost model (`data/contracts/<system>.costs.yaml`, documented inline), validates it
 * (parseCostModel) and checks it against its system's contract: same system, `amount` a number column of
 * the decisions object, `label` the contract's outcomeLabel, `positiveDecision` the contract's, and every
 * valued decision an allowed value of the column tagged final_decision.
 *
 * @throws {InputError} `<file>: <field>: <reason>` (exit 2) for an unreadable, malformed or mismatched file
 * @example const model = await readCostModel("data/contracts/credit-line.costs.yaml", contract);
 */
export async function readCostModel(file: string, contract: Contract): Promise<CostModel> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read cost model (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {file});
  }
  let model: CostModel;
  try {
    model = parseCostModel(parse(text));
  } catch (error) {
    throw new InputError((error as Error).message.split("\n")[0], {file}, {cause: error});
  }
  const fail = (field: string, message: string) => new InputError(message, {file, field});
  const system = String(contract.customProperties.system ?? contract.name);
  if (model.system !== system) throw fail("system", `"${model.system}" is not the contract's system "${system}"`);
  const decisions = contract.schema[0];
  const amount = decisions.properties.find((p) => p.name === model.amount);
  if (!amount || !["number", "integer"].includes(amount.logicalType))
    throw fail("amount", `"${model.amount}" is not a number column of ${decisions.name}`);
  const label = outcomeLabel(contract).column;
  if (model.label !== label) throw fail("label", `"${model.label}" is not the contract's outcomeLabel "${label}"`);
  const positive = positiveDecision(contract);
  if (model.positiveDecision !== positive)
    throw fail("positiveDecision", `"${model.positiveDecision}" is not the contract's positiveDecision "${positive}"`);
  const allowed = decisions.properties.find((p) => p.tags.includes("final_decision"))?.validValues;
  model.outcomes.forEach((o, i) => {
    if (allowed && !allowed.includes(o.decision))
      throw fail(`outcomes[${i}].decision`, `"${o.decision}" is not an allowed final decision: ${allowed.join(", ")}`);
  });
  return model;
}
