import {rmSync} from "node:fs";
import {flagString} from "../../loaders/cli/args.js";
import {CONTRACT, workbench, type Bench} from "../bench.js";
import {measure, type Measured} from "../measure.js";
import {rawSources} from "./generate.js";
import type {Step} from "./Step.js";

/** One `workbench ingest --contract <credit-line> --source <source> --out <out> [more] --format json` process. */
export const measureIngest = (bench: Bench, source: string, out: string, ...more: string[]) =>
  measure(
    "node",
    workbench("ingest", "--contract", CONTRACT, "--source", source, "--out", out, ...more, "--format", "json"),
    {env: bench.env}
  );

/** The rows an ingest read, from its JSON. */
export const rowsRead = (m: Measured) => (JSON.parse(m.stdout) as {rows: {read: number}}).rows.read;

// --ingest-threads <n>: DuckDB's threads for ingest (1 writes without the sort, so 100M rows spill only the
// compressed staging table: docs/ingest.md)
const ingestObject = (bench: Bench, object: string, source: string) =>
  measureIngest(
    bench,
    source,
    bench.system,
    "--object",
    object,
    ...(bench.args.flags.has("ingest-threads") ? ["--threads", flagString(bench.args, "ingest-threads")] : [])
  );

export const ingest: Step = {
  name: "ingest",
  summary: "raw CSV → Parquet with full contract validation, quarantine and PII tokenisation, decisions then outcomes",
  needs: "raw",
  async run(bench) {
    rmSync(bench.system, {recursive: true, force: true}); // from scratch, as a new user
    const sources = rawSources(bench.raw);
    const d = await ingestObject(bench, "decisions", sources.decisions);
    bench.results.set("ingest decisions", d);
    bench.record({step: "ingest + validation (decisions, 41 columns)", rows: rowsRead(d), m: d});
    const o = await ingestObject(bench, "outcomes", sources.outcomes);
    bench.results.set("ingest outcomes", o);
    bench.record({step: "ingest + validation (outcomes)", rows: rowsRead(o), m: o});
  }
};
