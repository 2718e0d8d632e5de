import {readFileSync} from "node:fs";
import {writeFile} from "node:fs/promises";
import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {defaultReference} from "../system/defaultReference.js";
import {needRole} from "../system/needRole.js";
import {openSystem} from "../system/openSystem.js";
import {parseWindow} from "../system/parseWindow.js";
import {explainSystem} from "../explain/explainSystem.js";
import {loadRegistry} from "../models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../models/registeredScorers.js";
import {columnTests} from "../alerts/columnTests.js";
import {driftSection} from "../report/driftSection.js";
import {explainSection} from "../report/explainSection.js";
import {fairnessSection} from "../report/fairnessSection.js";
import {modelSection} from "../report/modelSection.js";
import {qualitySection} from "../report/qualitySection.js";
import {reportDocument} from "../report/reportDocument.js";
import type {ReportSection} from "../report/ReportSection.js";
import {spcSection} from "../report/spcSection.js";
import {spcSystem} from "../spc/spcSystem.js";
import {workDir} from "../system/workDir.js";

const usage = `usage: workbench report --system <name> --window <from>..<to> [--reference <from>..<to>] --out <report.html>
         [--data <dir>] [--config data/alerts.yaml] [--registry models/registry.json] [--format json]

Writes one self-contained HTML file an analyst can mail: drift (per-column tests, drifting columns first), data
quality, SPC signals, the fairness grid, model performance (realised and CBPE-estimated ROC AUC with NannyML's
bands and thresholds) and why the favourable-decision rate moved, for the window against the reference. Styles
inline, charts as static SVG, no script and no external reference: it opens offline in any browser and prints on
A4. Aggregates only: no row-level or personal data.

  --window <from>..<to>     the period under review, half-open [from, to), ISO dates (UTC)
  --reference <from>..<to>  what it is compared with (default: the Drift page's reference, the 4 weeks from the
                            first Monday with a model score)
  --config <file>           per-column drift tests (checks of type column_drift) for the system, default
                            data/alerts.yaml when it exists
Prints a JSON summary of the sections (--format json); exit 0, 2 on unusable input.`;

/** What `workbench report` prints besides writing the file. */
export interface ReportResult {
  out: string;
  bytes: number;
  system: string;
  window: {from: string; to: string};
  reference: {from: string; to: string};
  sections: {id: string; title: string; status: ReportSection["status"]; summary: string}[];
}

/** `workbench report`: the self-contained HTML report of one system and window. */
export const report: Command = {
  name: "report",
  summary: "one self-contained HTML report (drift, quality, SPC, fairness grid, models, explain) for a window",
  usage,
  async run({args, log}): Promise<ReportResult> {
    const name = flagString(args, "system");
    const window = parseWindow("window", flagString(args, "window"));
    const out = flagString(args, "out");
    const entry = await openSystem(flagString(args, "data", workDir()), name);
    const db = await openDb();
    try {
      const system = explainSystem(entry);
      const reference = args.flags.has("reference")
        ? parseWindow("reference", flagString(args, "reference"))
        : await defaultReference(db, entry.relation, needRole(entry, "time"), entry.roles.score);
      if (!reference) throw new InputError(`no timed decision to take a reference from`, {file: entry.paths.decisions});
      const windows = {window, reference};
      const tests = await columnTests(args.flags.has("config") ? flagString(args, "config") : undefined, name);
      const registry = await loadRegistry(flagString(args, "registry", DEFAULT_REGISTRY));
      const steps: [string, () => Promise<ReportSection>][] = [
        ["drift", () => driftSection({db, log}, entry, windows, tests)],
        ["quality", () => qualitySection(db, system, windows, entry.paths.quarantine)],
        ["spc", () => spcSection(db, spcSystem(entry), windows)],
        ["fairness", () => fairnessSection({db, log}, entry, windows)],
        ["models", () => modelSection({db, log}, registry, entry, windows)],
        ["explain", () => explainSection(db, system, windows)]
      ];
      const sections: ReportSection[] = [];
      for (const [id, build] of steps) {
        const started = Date.now();
        sections.push(await build());
        log(`report: ${id} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
      const manifest = JSON.parse(readFileSync(entry.paths.manifest, "utf8")) as {
        outputs?: {file: string; sha256: string}[];
      };
      const sha = manifest.outputs?.find((o) => o.file === "decisions.parquet")?.sha256.slice(0, 12) ?? "unknown";
      const html = reportDocument({
        title: `${name}: monitoring report ${window.from} to ${window.to}`,
        subtitle: `Window [${window.from}, ${window.to}) against the reference [${reference.from}, ${reference.to}), UTC. Aggregates of the ingested decisions only: no row-level or personal data.`,
        sections,
        footer: `Decision Workbench · ${name} decisions.parquet sha256 ${sha}… · workbench report --system ${name} --window ${window.from}..${window.to} --reference ${reference.from}..${reference.to}`
      });
      await writeFile(out, html);
      return {
        out,
        bytes: Buffer.byteLength(html),
        system: name,
        window,
        reference,
        sections: sections.map(({id, title, status, summary}) => ({id, title, status, summary}))
      };
    } finally {
      db.close();
    }
  },
  text(result) {
    const r = result as ReportResult;
    return [
      `wrote ${r.out} (${(r.bytes / 1024).toFixed(0)} KB): ${r.system}, window ${r.window.from}..${r.window.to}, reference ${r.reference.from}..${r.reference.to}`,
      ...r.sections.map((s) => `${s.status === "attention" ? "!" : " "} ${s.title}: ${s.summary}`)
    ].join("\n");
  }
};
