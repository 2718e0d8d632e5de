import type {GroupTableRow} from "../../modelMetrics/modelMetricsTable.js";
import type {DerivedTable} from "../DerivedTable.js";
import {MODEL_REGISTRY, systemModelMetrics} from "../systemModelMetrics.js";

/** Every registered version's live results per protected group over all its decisions (the model cards). */
export const modelGroups: DerivedTable<GroupTableRow> = {
  name: "model-groups",
  description: "per registered version, protected attribute and group: rows, labelled, bad, ROC AUC, selection rate",
  columns: {
    system: "VARCHAR",
    model: "VARCHAR",
    attribute: "VARCHAR",
    group: "VARCHAR",
    n: "DOUBLE",
    n_labelled: "DOUBLE",
    n_bad: "DOUBLE",
    roc_auc: "DOUBLE",
    selection_rate: "DOUBLE",
    bad_rate: "DOUBLE"
  },
  inputs: [MODEL_REGISTRY],
  async compute(ctx) {
    return (await systemModelMetrics(ctx)).groups;
  }
};
