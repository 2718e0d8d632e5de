import {flagInt, flagNumber, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {derivedRows} from "../derived/derivedRows.js";
import {loadRegistry} from "../models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../models/registeredScorers.js";
import {modelMetricsTable, validationRow, type MetricsTableRow} from "../modelMetrics/modelMetricsTable.js";
import {inputScoredDecisions} from "../modelMetrics/inputScoredDecisions.js";
import {modelAlerts, type ModelAlert} from "../modelMetrics/modelAlerts.js";
import {thresholdsFlag} from "../modelMetrics/thresholdsFlag.js";
import {openSystems} from "../system/openSystem.js";
import {parseWindow, type TimeWindow} from "../system/parseWindow.js";
import {workDir} from "../system/workDir.js";
import {settings} from "../../src/lib/settings.js";
import {modelMetrics, type WindowMetrics} from "../../src/lib/models/modelMetrics.js";
import {performanceDrop, type DropCheck} from "../../src/lib/models/performanceDrop.js";
import type {Granularity} from "../../src/lib/models/windowBounds.js";

/** One production model's performance-drop check. */
export interface ModelCheck extends DropCheck {
  system: string;
  model: string;
}

/** The result of `workbench models` (ingested systems). */
export interface ModelsResult {
  as_of: Record<string, string>;
  /** month, week, or "chunk" with --chunk-size. */
  window: Granularity | "chunk";
  chunk_size: number | null;
  reference: TimeWindow | null;
  max_drop: number;
  min_rows: number;
  checks: ModelCheck[];
  /** Estimates outside their reference thresholds (NannyML's alerts), every version. */
  alerts: ModelAlert[];
  passed: boolean;
  /** Validation, all-decisions and per-window rows of every registered version. */
  metrics: MetricsTableRow[];
}

/** The result of `workbench models --input` (any log). */
export interface ModelsInputResult {
  input: string;
  window: Granularity | "chunk";
  chunk_size: number | null;
  reference: TimeWindow;
  threshold: number;
  min_rows: number;
  alerts: ModelAlert[];
  passed: boolean;
  metrics: WindowMetrics[];
}

const usage = `usage: workbench models [--dir <work dir>] [--registry models/registry.json] [--window month|week | --chunk-size N]
         [--reference <from>..<to>] [--thresholds <metric>=<lo>..<hi>,...] [--max-drop ${settings.models.maxDrop}]
         [--min-rows ${settings.models.minRows}] [--fail-on-alert] [--format json]
       workbench models --input <file.csv|.jsonl|.parquet> --score <probability column> --label <column>
         [--positive <value>] --time <column> --reference <from>..<to> [--window month|week | --chunk-size N]
         [--threshold 0.5] [--thresholds ...] [--min-rows ${settings.models.minRows}] [--format json]

Prints the metrics of every registered version (models/registry.json): its validation metrics, and from the
ingested systems under --dir (default $WORKBENCH_DATA or data/.work) the decisions it scored as production or
shadow model: ROC AUC, precision, recall, F1 (predicted bad when score >= threshold), Brier score, log loss and
expected calibration error on decisions whose outcome was observed by the system's last decision ("as of"),
and CBPE estimates without labels (isotonic calibration, expected confusion matrix and ROC AUC) on every
decision; for all decisions and per --window (month by default, or ISO week) or per chunk of --chunk-size
decisions in time order. Windows with fewer than --min-rows labelled decisions have no realised metrics, with
fewer decisions no estimates. With the default registry, --min-rows and windows, and no --reference or
--thresholds, the metrics are the derived model-metrics tables (workbench refresh), the Models page's; otherwise
they are computed.

As NannyML: every estimated metric m (roc_auc, precision, recall, f1) gets a sampling-error band
est_<m>_lower/_upper (estimate +- 3 standard errors, SE = std / sqrt(rows x fraction) from the reference's
per-row components; <m>_lower/_upper for the realised value), alert thresholds <m>_threshold_lower/_upper
(mean +- 3 population standard deviations of the realised metric over the reference chunks, clipped to [0, 1],
or constants from --thresholds) and <m>_alert (the estimate strictly outside); threshold_lower, threshold_upper
and alert are ROC AUC's. The reference (--reference) is chunked apart from the rest and calibrates CBPE; without
it, every labelled decision is the reference and every window with a realised value a reference chunk.

Check (systems): for every production version, the latest window's realised ROC AUC and the latest window's
estimated ROC AUC are compared with the validation ROC AUC; exit 1 when either is more than --max-drop below it
(default ${settings.models.maxDrop}), or with --fail-on-alert when a production version's window alerts.
Check (--input): exit 1 when a chunk after the reference alerts. Positive label: label = --positive (default true
for a boolean, 1 for a number; required for text); predicted positive: score >= --threshold (default 0.5).
Exit 2 for unusable input.`;

/** `workbench models`: model metrics with CBPE bands and alerts, and a performance-drop check of production models. */
export const models: Command = {
  name: "models",
  summary: "model metrics per version and window (realised and CBPE-estimated, with bands and alerts); check them",
  usage,
  booleans: ["fail-on-alert"],
  async run({args, log}): Promise<ModelsResult | ModelsInputResult> {
    const chunkSize = args.flags.has("chunk-size") ? flagInt(args, "chunk-size", 0) : null;
    if (chunkSize !== null && args.flags.has("window")) throw new InputError("give either --window or --chunk-size");
    if (chunkSize !== null && chunkSize < 1) throw new InputError(`--chunk-size: must be >= 1, got ${chunkSize}`);
    const window = chunkSize !== null ? "chunk" : flagString(args, "window", "month");
    if (window !== "month" && window !== "week" && window !== "chunk")
      throw new InputError(`--window: must be month or week, got ${JSON.stringify(window)}`);
    const minRows = flagInt(args, "min-rows", settings.models.minRows);
    if (minRows < 1) throw new InputError(`--min-rows: must be >= 1, got ${minRows}`);
    const reference = args.flags.has("reference") ? parseWindow("reference", flagString(args, "reference")) : undefined;
    const thresholds = args.flags.has("thresholds") ? thresholdsFlag(flagString(args, "thresholds")) : undefined;
    const windowOptions = {
      granularities: window === "chunk" ? [] : [window as Granularity],
      chunkSize: chunkSize ?? undefined,
      reference,
      thresholds,
      minLabelled: minRows,
      minRows
    };
    if (args.flags.has("input")) {
      if (!reference)
        throw new InputError("--input needs --reference <from>..<to> (the period whose labels are known)");
      const threshold = flagNumber(args, "threshold") ?? 0.5;
      if (!(threshold >= 0 && threshold <= 1)) throw new InputError(`--threshold: must be in [0, 1], got ${threshold}`);
      const input = flagString(args, "input");
      const db = await openDb();
      let rows;
      try {
        rows = await inputScoredDecisions(
          {db, log},
          {
            file: input,
            score: flagString(args, "score"),
            label: flagString(args, "label"),
            positive: args.flags.has("positive") ? flagString(args, "positive") : undefined,
            time: flagString(args, "time"),
            threshold
          }
        );
      } finally {
        db.close();
      }
      const {metrics} = modelMetrics(rows, windowOptions);
      if (!metrics.some((m) => m.period === "reference" && m.n_labelled > 0))
        throw new InputError(`--reference: no labelled row in ${reference.from}..${reference.to}`, {file: input});
      const alerts = modelAlerts(metrics);
      const result: ModelsInputResult = {
        input,
        window,
        chunk_size: chunkSize,
        reference,
        threshold,
        min_rows: minRows,
        alerts,
        passed: alerts.length === 0,
        metrics
      };
      if (alerts.length)
        throw new CheckFailed(
          `${alerts.length} estimate(s) outside the reference thresholds: ${alerts.map(describeAlert).join("; ")}`,
          result
        );
      return result;
    }
    const maxDrop = flagNumber(args, "max-drop") ?? settings.models.maxDrop;
    if (maxDrop < 0) throw new InputError(`--max-drop: must be >= 0, got ${maxDrop}`);
    const registryFile = flagString(args, "registry", DEFAULT_REGISTRY);
    const registry = await loadRegistry(registryFile);
    const systems = await openSystems(flagString(args, "dir", workDir()));
    const db = await openDb();
    let table: Pick<Awaited<ReturnType<typeof modelMetricsTable>>, "as_of" | "metrics">;
    try {
      const derived =
        registryFile === DEFAULT_REGISTRY &&
        minRows === settings.models.minRows &&
        window !== "chunk" &&
        !reference &&
        !thresholds;
      if (derived) {
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
      } else table = await modelMetricsTable(systems, registry, {db, log}, windowOptions);
    } finally {
      db.close();
    }
    const production = new Set(
      registry.models.filter((m) => m.status === "production").map((m) => `${m.name}@${m.version}`)
    );
    const checks: ModelCheck[] = registry.models
      .filter((m) => m.status === "production")
      .map((m) => {
        const model = `${m.name}@${m.version}`;
        const windows = table.metrics.filter((r) => r.model === model && r.granularity === window);
        return {system: m.system, model, ...performanceDrop(m.metrics.validation.roc_auc, windows, {maxDrop})};
      });
    const alerts = modelAlerts(
      table.metrics.filter((r) => r.granularity !== "validation") as (WindowMetrics & {model: string})[]
    );
    const failing = args.flags.has("fail-on-alert") ? alerts.filter((a) => production.has(a.model!)) : [];
    const result: ModelsResult = {
      as_of: table.as_of,
      window,
      chunk_size: chunkSize,
      reference: reference ?? null,
      max_drop: maxDrop,
      min_rows: minRows,
      checks,
      alerts,
      passed: checks.every((c) => c.passed) && failing.length === 0,
      metrics: table.metrics
    };
    const failed = checks.filter((c) => !c.passed);
    if (failed.length || failing.length)
      throw new CheckFailed(
        [
          ...(failed.length
            ? [
                `ROC AUC more than ${maxDrop} below validation: ${failed.map((c) => `${c.model} (${describe(c)})`).join("; ")}`
              ]
            : []),
          ...(failing.length ? [`alerts: ${failing.map(describeAlert).join("; ")}`] : [])
        ].join("; "),
        result
      );
    return result;
  },
  text(result) {
    const r = result as ModelsResult | ModelsInputResult;
    const f = (x: number | null) => (x === null ? "–" : x.toFixed(3));
    const band = (lo: number | null, hi: number | null) => (lo === null ? "–" : `${f(lo)}–${f(hi)}`);
    const head = [
      "model",
      "window",
      "start",
      "period",
      "n",
      "labelled",
      "auc",
      "est auc",
      "band",
      "thresholds",
      "alert"
    ];
    const rows = (r.metrics as (WindowMetrics & {model?: string})[])
      .filter(
        (m) => m.granularity === r.window || m.granularity === "all" || m.granularity === ("validation" as string)
      )
      .map((m) => [
        m.model ?? "",
        m.granularity,
        m.window_start,
        m.period ?? "",
        String(m.n),
        String(m.n_labelled),
        f(m.roc_auc),
        f(m.est_roc_auc),
        band(m.est_roc_auc_lower, m.est_roc_auc_upper),
        band(m.threshold_lower, m.threshold_upper),
        m.alert ? "ALERT" : ""
      ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
    return [
      line(head),
      ...rows.map(line),
      "",
      ...("checks" in r ? r.checks.map((c) => `${c.passed ? "ok  " : "FAIL"} ${c.model}: ${describe(c)}`) : []),
      ...r.alerts.map((a) => `alert ${describeAlert(a)}`)
    ].join("\n");
  }
};

function describeAlert(a: ModelAlert): string {
  const t = `[${a.lower === null ? "–" : a.lower.toFixed(3)}, ${a.upper === null ? "–" : a.upper.toFixed(3)}]`;
  return `${a.model ? `${a.model} ` : ""}${a.granularity} ${a.window_start} ${a.metric} ${a.estimate.toFixed(3)} outside ${t}`;
}

function describe(c: ModelCheck): string {
  const reading = (kind: string, x: DropCheck["realised"]) =>
    x ? `${kind} ${x.roc_auc.toFixed(3)} in ${x.window_start} (drop ${x.drop.toFixed(3)})` : `no ${kind} value`;
  return `validation ${c.validation_roc_auc.toFixed(3)}, ${reading("realised", c.realised)}, ${reading("estimated", c.estimated)}`;
}
