import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {openDb} from "../db/openDb.js";
import {parseWindow} from "../system/parseWindow.js";
import {explainReport, type ExplainReport} from "../explain/explainReport.js";
import {explainSystem} from "../explain/explainSystem.js";
import {openSystem} from "../system/openSystem.js";
import {workDir} from "../system/workDir.js";

const usage = `usage: workbench explain --system <name> --metric <rate> --from <from>..<to> --to <from>..<to>
         [--bins <from>..<to>] [--data <dir>] [--format json]

Why did a decision rate move? Splits the change of a rate between two windows, for each segmenting attribute (the
contract's features and protected attributes) on its own, into mix (the population moved between segments), rate
(the decisions within segments changed) and their interaction, which add up exactly to the change
(shift-share / Oaxaca-Blinder, three-fold, "from" as the base). Attributes are ranked by share_explained =
mix / change. Numeric attributes are cut at the deciles of the bins reference (the Drift page's reference window
unless --bins); a quantile metric such as latency_p95 is decomposed as the share of rows above its reference value.

  --metric <id>        a rate as named by workbench spc: positive_rate, review_rate, override_rate,
                       fallback_rate, score_null_rate, bad_rate, null_rate:<column>, latency_p95
  --from, --to         half-open windows [from, to), ISO dates or timestamps, UTC
  --bins <from>..<to>  the window whose deciles cut numeric attributes
  --data <dir>         work directory with <system>/decisions.parquet (default data/.work)

Formulas (w = a segment's share of the rows, r = its rate, 0 = from, 1 = to):
  mix = sum (w1 - w0) r0, rate = sum w0 (r1 - r0), interaction = sum (w1 - w0)(r1 - r0)
Exit 0 with the decomposition, 2 on unusable input.`;

/** `workbench explain`: why a rate changed between two windows, attribute by attribute. */
export const explain: Command = {
  name: "explain",
  summary: "why a decision rate changed between two windows: mix, rate and interaction per attribute",
  usage,
  async run({args}): Promise<ExplainReport> {
    const name = flagString(args, "system");
    const metric = flagString(args, "metric");
    const from = parseWindow("from", flagString(args, "from"));
    const to = parseWindow("to", flagString(args, "to"));
    const bins = args.flags.has("bins") ? parseWindow("bins", flagString(args, "bins")) : undefined;
    const system = explainSystem(await openSystem(flagString(args, "data", workDir()), name));
    const db = await openDb();
    try {
      return await explainReport(db, system, metric, from, to, bins);
    } finally {
      db.close();
    }
  },
  text(result) {
    const r = result as ExplainReport;
    const pts = (x: number) => {
      const v = Math.round(10000 * x) / 100 || 0; // no "-0.00"
      return `${v >= 0 ? "+" : ""}${v.toFixed(2)}`;
    };
    const share = (x: number | null) => (x === null ? "–" : `${Math.round(100 * x) || 0} %`);
    const head = ["attribute", "mix", "rate", "interaction", "explained"];
    const rows = r.components.map((c) => [
      c.attribute,
      pts(c.mix),
      pts(c.rate),
      pts(c.interaction),
      share(c.share_explained)
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
    return [
      `${r.system} ${r.metric.id}: ${r.from.from}..${r.from.to} ${(100 * r.rate_from).toFixed(2)} % (${r.n_from} rows) -> ${r.to.from}..${r.to.to} ${(100 * r.rate_to).toFixed(2)} % (${r.n_to} rows), change ${pts(r.change)} points`,
      r.summary,
      "",
      line(head),
      ...rows.map(line),
      "",
      "points of the rate; mix + rate + interaction = change for every attribute"
    ].join("\n");
  }
};
