import {flagInt, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {FORMATS, generate as runGenerate, type Format, type Manifest} from "../generate/generate.js";

/** `workbench generate`: the seeded sample decision logs with planted findings. */
export const generate: Command = {
  name: "generate",
  summary: "write seeded sample decision logs (credit-line, fraud-screen) with planted findings",
  usage: `usage: workbench generate --out <dir> [--rows N] [--seed S] [--format csv|jsonl|jsonl.gz] [--clean]

Writes <dir>/<system>/decisions-YYYY-MM.<ext> (one file per month), <dir>/<system>/outcomes.<ext> and
<dir>/manifest.json (seed, rows, files, models, planted findings with dates and observed magnitudes, the
malformed rows with file, line and reason). --rows counts well-formed decisions over both systems
(default 250000: 60 % credit-line, 40 % fraud-screen), 180 days from 2026-01-01; --seed defaults to 42;
the same options give byte-identical files. --clean leaves out the 12 malformed rows per system.
--format json prints the manifest as JSON (the data is then CSV). Progress goes to stderr.`,
  booleans: ["clean"],
  async run({args, log}) {
    const value = flagString(args, "format", "csv");
    const format = (value === "json" ? "csv" : value) as Format;
    if (!FORMATS.includes(format)) throw new InputError(`--format: not one of csv, jsonl, jsonl.gz: ${value}`);
    return runGenerate(
      {
        out: flagString(args, "out"),
        rows: flagInt(args, "rows", 250_000),
        seed: flagInt(args, "seed", 42),
        format,
        malformed: !args.flags.has("clean")
      },
      {log}
    );
  },
  text(result) {
    const m = result as Manifest;
    const lines = Object.entries(m.systems).map(
      ([system, s]) =>
        `  ${system}: ${s.rows.toLocaleString("en-US")} decisions + ${s.malformedRows} malformed in ${s.decisions.length} files, ${s.outcomes.rows.toLocaleString("en-US")} outcomes`
    );
    return [`seed ${m.seed}, ${m.format}, ${m.start.slice(0, 10)} to ${m.end.slice(0, 10)} (exclusive)`, ...lines].join(
      "\n"
    );
  }
};
