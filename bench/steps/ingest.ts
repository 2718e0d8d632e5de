import {rmSync} from "node:fs";
import {CONTRACT, workbench, type Bench} from "../bench.js";
import {measure, type Measured} from "../measure.js";
import {rawSources} from "./generate.js";
import type {Step} from "./Step.js";

const ingestObject = (bench: Bench, object: string, source: string) =>
  measure(
    "node",
    workbench(
      "ingest",
      "--contract",
      CONTRACT,
      "--source",
      source,
      "--out",
      bench.system,
      "--object",
      object,
      "--format",
      "json"
    ),
    {env: bench.env}
  );

const read = (m: Measured) => (JSON.parse(m.stdout) as {rows: {read: number}}).rows.read;

export const ingest: Step = {
  name: "ingest",
  summary: "raw CSV → Parquet with full contract validation, quarantine and PII tokenisation, decisions then outcomes",
  needs: "raw",
  async run(bench) {
    rmSync(bench.system, {recursive: true, force: true}); // from scratch, as a new user
    const sources = rawSources(bench.raw);
    const d = await ingestObject(bench, "decisions", sources.decisions);
    bench.results.set("ingest decisions", d);
    bench.record({step: "ingest + validation (decisions, 41 columns)", rows: read(d), m: d});
    const o = await ingestObject(bench, "outcomes", sources.outcomes);
    bench.results.set("ingest outcomes", o);
    bench.record({step: "ingest + validation (outcomes)", rows: read(o), m: o});
  }
};
