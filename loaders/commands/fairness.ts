import type {GridCell} from "../../src/lib/fairness/fairnessGrid.js";
import type {TreeAdvice} from "../../src/lib/fairness/fairnessTree.js";
import {recommendedMetrics} from "../../src/lib/fairness/recommendedMetrics.js";
import {flagList, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import {openDb} from "../db/openDb.js";
import {fairnessInput} from "../fairness/fairnessInput.js";
import {fairnessOptionsFromFlags, fairnessSpecFromFlags} from "../fairness/fairnessFlags.js";
import {runFairness, type FairnessResult} from "../fairness/runFairness.js";
import {runFairnessGrid} from "../fairness/runFairnessGrid.js";
import {fairnessRelation} from "../derived/fairnessRelation.js";
import {commandSource} from "../system/commandSource.js";
import {settings} from "../../src/lib/settings.js";

const {fairness: defaults} = settings;

const usage = `usage: workbench fairness --input <file.csv|.jsonl|.parquet> --label <column> [--positive <value>]
         (--score <column> --threshold <t> [--score-direction higher|lower] | --decision <column> [--decision-positive <value>])
         --group <column>[,<column>...] [options] [--format json]
       workbench fairness --system <name> --group <protected>[,...] [--decision final|model | --threshold <t>] [options]

Group fairness review: per-group confusion counts and rates (selection_rate, base_rate, tpr, fpr, fnr, tnr,
precision, npv, fdr, for, ppr) with Wilson intervals, disparities against a reference group with the band
[tau, 1/tau], demographic parity / equalized odds / equal opportunity (difference = max - min, ratio = min / max,
as Fairlearn) with seeded bootstrap intervals, and overall accuracy, precision, recall, F1, FPR, FNR, ROC AUC,
average precision (from the score), Brier score and log loss (from --probability).
Exits 1 when a group's disparity on a checked rate is outside the band, 2 on unusable input or no rows
("no rows in <input>": nothing to check is not a pass).

Conventions: a positive prediction is score >= threshold (--score-direction lower: score < threshold) or
decision = --decision-positive (default true); a positive label is label = --positive (default true for a
boolean, 1 for a number; required for text). Text is trimmed. Rows with a null label count in selection_rate
and ppr only; rows with a null score or decision are left out. With --system (an ingested sample system) the
positive prediction is the favourable decision (approve, pass), the positive label the favourable outcome (no
default, no fraud) and the score a probability of the adverse outcome.

  --columns a,b,...            column names for a CSV without header (e.g. UCI Adult)
  --outcomes <file> --join <c> left-join a second file with the label on column c
  --reference <group>          reference group (default: the largest; --reference-rule lowest: lowest rate)
  --tau ${defaults.tau}                    band [tau, 1/tau] (four-fifths rule)
  --check-rates a,b|all        rates whose disparity decides the exit code (default ${defaults.checkRates.join(",")})
  --probability <column>       probability for Brier and log loss; --probability-of negative if it is P(negative)
  --rates-only                 skip the overall ROC AUC, average precision, Brier score and log loss (null in the
                               output): the rates and disparities alone, without reading the score per distinct value
  --min-group-size ${defaults.minGroupSize}          flag smaller groups; --suppress-small drops them from disparities and summary
  --bootstrap ${defaults.bootstrap.resamples} --seed ${defaults.bootstrap.seed}    bootstrap resamples (0 = off) for summary and disparity intervals
  --confidence ${defaults.confidence}            level of Wilson and bootstrap intervals
  --window month --time <c>    add a per-window series (day, week, month, quarter, year)
  --data <dir>                 work directory for --system (default data/.work); its PII-free rows are the derived
                               fairness-rows table (workbench refresh), the Fairness page's
  --grid a,b,c                 Aequitas's summary grid: each attribute on its own (not their intersection, which
                               --group a,b means) × each checked rate: reference group, worst group and ratio,
                               pass/fail; adds "grid" to the result and fails the check when a cell fails.
                               --group defaults to the grid's first attribute
  --check-rates recommended    with --system: the rates the contract's fairness policy leads to (Aequitas's
                               fairness tree: customProperties.fairness), reported as "guide"`;

/** The result of `workbench fairness`: the review, and with --grid the summary grid, with --system the metric guide. */
export type FairnessOutput = FairnessResult & {grid?: GridCell[]; guide?: TreeAdvice | null};

export const fairness: Command = {
  name: "fairness",
  summary: "group fairness metrics, disparities vs a reference in the tau band; exit 1 if a group is outside",
  usage,
  booleans: ["suppress-small", "rates-only"],
  async run({args, log}) {
    const grid = flagList(args, "grid");
    if (grid && !grid.length) throw new InputError("--grid needs at least one column");
    if (grid && !args.flags.has("group")) args.flags.set("group", grid[0]);
    const recommended = args.flags.get("check-rates") === "recommended";
    if (recommended && !args.flags.has("system"))
      throw new InputError("--check-rates recommended needs --system (the contract's fairness policy)");
    const source = await commandSource(args);
    const db = await openDb();
    try {
      let options: ReturnType<typeof fairnessOptionsFromFlags>;
      let rows: {relation: string; columns: Map<string, string>};
      let spec: ReturnType<typeof fairnessSpecFromFlags>;
      let guide: FairnessOutput["guide"];
      if (source.kind === "systems") {
        const system = await fairnessRelation(db, source.systems[0], {log});
        const {rates, advice} = recommendedMetrics(system.convention.policy, system.convention.positiveDecision);
        if (recommended) {
          if (!advice)
            throw new InputError(
              `--check-rates recommended: the contract of ${system.convention.system} declares no fairness policy`
            );
          args.flags.set("check-rates", rates.join(","));
        }
        options = fairnessOptionsFromFlags(args);
        rows = system;
        spec = fairnessSpecFromFlags(args, system.convention);
        guide = advice;
      } else {
        options = fairnessOptionsFromFlags(args);
        const columns = args.flags.has("columns")
          ? flagString(args, "columns")
              .split(",")
              .map((c) => c.trim())
          : undefined;
        rows = await fairnessInput(db, {
          input: source.file,
          columns,
          outcomes: args.flags.has("outcomes") ? flagString(args, "outcomes") : undefined,
          join: args.flags.has("join") ? flagString(args, "join") : undefined
        });
        spec = fairnessSpecFromFlags(args);
      }
      const ratesOnly = args.flags.has("rates-only");
      if (ratesOnly && args.flags.has("probability"))
        throw new InputError("--rates-only leaves Brier score and log loss out: drop --probability");
      const result: FairnessOutput = await runFairness({db, log}, rows.relation, rows.columns, spec, options, {
        scoreMetrics: !ratesOnly
      });
      if (guide !== undefined) result.guide = guide;
      if (grid)
        result.grid = await runFairnessGrid(
          {db, log},
          rows.relation,
          rows.columns,
          spec,
          grid,
          options.checkRates!,
          options
        );
      // nothing to check is not a pass
      if (result.groups.every((g) => g.n === 0))
        throw noRows(args.flags.has("system") ? `${flagString(args, "system")} decisions` : flagString(args, "input"));
      const cells = (result.grid ?? []).filter((c) => !c.passed);
      if (result.failing.length || cells.length) {
        const list = result.failing.map((f) => `${f.group} ${f.rate} ${f.disparity.toFixed(3)}`).join("; ");
        const band = `[${result.band.map((b) => b.toFixed(3)).join(", ")}]`;
        throw new CheckFailed(
          [
            ...(list ? [`outside ${band} vs ${result.reference}: ${list}`] : []),
            ...(cells.length
              ? [
                  `grid: ${cells.map((c) => `${c.attribute} ${c.metric} ${c.worst_group} ${c.worst_ratio?.toFixed(3)}`).join("; ")}`
                ]
              : [])
          ].join("; "),
          result
        );
      }
      return result;
    } catch (error) {
      if (
        error instanceof Error &&
        !(error instanceof CheckFailed) &&
        !(error instanceof InputError) &&
        /^invalid |^unknown reference|^reference group/.test(error.message)
      )
        throw new InputError(error.message, {}, {cause: error});
      throw error;
    } finally {
      db.close();
    }
  },
  text(result) {
    const r = result as FairnessOutput;
    const pct = (v: number | null) => (v === null ? "   -  " : `${(100 * v).toFixed(1).padStart(5)}%`);
    const ratio = (v: number | null) => (v === null ? "  -  " : v.toFixed(3));
    const lines = [
      `reference ${r.reference}, band [${r.band.map((b) => b.toFixed(3)).join(", ")}]`,
      `${"group".padEnd(24)} ${"n".padStart(8)}  select    tpr     fpr   ratio(sel) ratio(tpr) ratio(fpr)`,
      ...r.groups.map(
        (g) =>
          `${(g.group + (g.small ? " (small)" : "")).padEnd(24)} ${String(g.n).padStart(8)}  ${pct(g.selection_rate)} ${pct(g.tpr)} ${pct(g.fpr)}   ${ratio(g.disparity.selection_rate)}      ${ratio(g.disparity.tpr)}      ${ratio(g.disparity.fpr)}`
      ),
      `demographic parity difference ${ratio(r.summary.demographic_parity_difference)}, ratio ${ratio(r.summary.demographic_parity_ratio)}`,
      `equalized odds difference ${ratio(r.summary.equalized_odds_difference)}, ratio ${ratio(r.summary.equalized_odds_ratio)}`,
      `equal opportunity difference ${ratio(r.summary.equal_opportunity_difference)}`,
      `overall: accuracy ${ratio(r.overall.accuracy)}, ROC AUC ${ratio(r.overall.roc_auc)}, AP ${ratio(r.overall.average_precision)}`,
      ...(r.grid
        ? [
            "",
            `${"grid: attribute".padEnd(20)} ${"metric".padEnd(15)} ${"reference".padEnd(12)} ${"worst".padEnd(12)} ratio  result`,
            ...r.grid.map(
              (c) =>
                `${c.attribute.padEnd(20)} ${c.metric.padEnd(15)} ${String(c.reference_group).padEnd(12)} ${String(c.worst_group).padEnd(12)} ${ratio(c.worst_ratio)}  ${c.passed ? "pass" : "FAIL"}`
            )
          ]
        : []),
      ...(r.guide ? ["", `guide: ${r.guide.why}`] : [])
    ];
    return lines.join("\n");
  }
};
