import {flagInt, flagNumber, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {derivedRows} from "../derived/derivedRows.js";
import {loadRegistry} from "../models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../models/registeredScorers.js";
import {modelMetricsTable, validationRow, type MetricsTableRow} from "../modelMetrics/modelMetricsTable.js";
import {openSystems} from "../system/openSystem.js";
import {workDir} from "../system/workDir.js";
import {settings} from "../../src/lib/settings.js";
import {performanceDrop, type DropCheck} from "../../src/lib/models/performanceDrop.js";
import type {Granularity} from "../../src/lib/models/windowBounds.js";

/** One production model's performance-drop check. */
export interface ModelCheck extends DropCheck {
  system: string;
  model: string;
}

/** The result of `workbench models`. */
export interface ModelsResult {
  as_of: Record<string, string>;
  window: Granularity;
  max_drop: number;
  min_rows: number;
  checks: ModelCheck[];
  passed: boolean;
  /** Validation, all-decisions and per-window rows of every registered version. */
  metrics: MetricsTableRow[];
}

/** `workbench models`: the model metrics table and a performance-drop check of the production models. */
export const models: Command = {
  name: "models",
  summary: "model metrics per version and window (realised and CBPE-estimated); check production ROC AUC",
  usage: `usage: workbench models [--dir <work dir>] [--registry models/registry.json] [--window month|week]
         [--max-drop ${settings.models.maxDrop}] [--min-rows ${settings.models.minRows}] [--format json]

Prints the metrics of every registered version (models/registry.json): its validation metrics, and from the
ingested systems under --dir (default $WORKBENCH_DATA or data/.work) the decisions it scored as production or
shadow model: ROC AUC, precision, recall, F1 (predicted bad when score >= threshold), Brier score, log loss and
expected calibration error on decisions whose outcome was observed by the system's last decision ("as of"),
and CBPE estimates without labels (isotonic calibration on the labelled decisions, expected confusion matrix
and ROC AUC) on every decision; for all decisions and per --window (month by default, or ISO week). Windows
with fewer than --min-rows labelled decisions have no realised metrics, with fewer decisions no estimates. With the
default registry and --min-rows, the metrics are the derived model-metrics tables (workbench refresh), the Models
page's; otherwise they are computed.

Check: for every production version, the latest window's realised ROC AUC and the latest window's estimated
ROC AUC are compared with the validation ROC AUC; exit 1 when either is more than --max-drop below it
(default ${settings.models.maxDrop}). Exit 2 for unusable input.`,
  async run({args, log}): Promise<ModelsResult> {
    const window = flagString(args, "window", "month");
    if (window !== "month" && window !== "week")
      throw new InputError(`--window: must be month or week, got ${JSON.stringify(window)}`);
    const maxDrop = flagNumber(args, "max-drop") ?? settings.models.maxDrop;
    if (maxDrop < 0) throw new InputError(`--max-drop: must be >= 0, got ${maxDrop}`);
    const minRows = flagInt(args, "min-rows", settings.models.minRows);
    if (minRows < 1) throw new InputError(`--min-rows: must be >= 1, got ${minRows}`);
    const registryFile = flagString(args, "registry", DEFAULT_REGISTRY);
    const registry = await loadRegistry(registryFile);
    const systems = await openSystems(flagString(args, "dir", workDir()));
    const db = await openDb();
    let table: Pick<Awaited<ReturnType<typeof modelMetricsTable>>, "as_of" | "metrics">;
    try {
      if (registryFile === DEFAULT_REGISTRY && minRows === settings.models.minRows) {
        const asOf = await derivedRows<{system: string; as_of: string}>(db, systems, "model-as-of", {log});
        const metrics = await derivedRows<MetricsTableRow>(db, systems, "model-metrics", {log});
        // a registered system that is not ingested has its versions' validation rows only
        const ingested = new Set(systems.map((s) => s.name));
        const validation = registry.models.filter((m) => !ingested.has(m.system)).map(validationRow);
        table = {
          as_of: Object.fromEntries(asOf.map((r) => [r.system, r.as_of])),
          metrics: [...metrics.filter((m) => m.granularity !== (window === "month" ? "week" : "month")), ...validation]
            .map((m, i) => ({m, i}))
            .sort((a, b) => (a.m.system < b.m.system ? -1 : a.m.system > b.m.system ? 1 : a.i - b.i))
            .map(({m}) => m)
        };
      } else
        table = await modelMetricsTable(
          systems,
          registry,
          {db, log},
          {granularities: [window], minLabelled: minRows, minRows}
        );
    } finally {
      db.close();
    }
    const checks: ModelCheck[] = registry.models
      .filter((m) => m.status === "production")
      .map((m) => {
        const model = `${m.name}@${m.version}`;
        const windows = table.metrics.filter((r) => r.model === model && r.granularity === window);
        return {system: m.system, model, ...performanceDrop(m.metrics.validation.roc_auc, windows, {maxDrop})};
      });
    const result: ModelsResult = {
      as_of: table.as_of,
      window,
      max_drop: maxDrop,
      min_rows: minRows,
      checks,
      passed: checks.every((c) => c.passed),
      metrics: table.metrics
    };
    const failed = checks.filter((c) => !c.passed);
    if (failed.length)
      throw new CheckFailed(
        `ROC AUC more than ${maxDrop} below validation: ${failed.map((c) => `${c.model} (${describe(c)})`).join("; ")}`,
        result
      );
    return result;
  },
  text(result) {
    const r = result as ModelsResult;
    const f = (x: number | null) => (x === null ? "–" : x.toFixed(3));
    const head = ["model", "window", "start", "n", "labelled", "auc", "est auc", "prec", "recall", "f1", "brier"];
    const rows = r.metrics
      .filter((m) => m.granularity !== "week" || r.window === "week")
      .map((m) => [
        m.model,
        m.granularity,
        m.window_start,
        String(m.n),
        String(m.n_labelled),
        f(m.roc_auc),
        f(m.est_roc_auc),
        f(m.precision),
        f(m.recall),
        f(m.f1),
        f(m.brier)
      ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
    return [
      line(head),
      ...rows.map(line),
      "",
      ...r.checks.map((c) => `${c.passed ? "ok  " : "FAIL"} ${c.model}: ${describe(c)}`)
    ].join("\n");
  }
};

function describe(c: ModelCheck): string {
  const reading = (kind: string, x: DropCheck["realised"]) =>
    x ? `${kind} ${x.roc_auc.toFixed(3)} in ${x.window_start} (drop ${x.drop.toFixed(3)})` : `no ${kind} value`;
  return `validation ${c.validation_roc_auc.toFixed(3)}, ${reading("realised", c.realised)}, ${reading("estimated", c.estimated)}`;
}
