import {rmSync} from "node:fs";
import {join} from "node:path";
import {flagString, type Args} from "../../loaders/cli/args.js";
import {readContract} from "../../loaders/contract/readContract.js";
import {CONTRACT, node} from "../bench.js";
import {loadPostgres} from "../loadPostgres.js";
import {measure} from "../measure.js";
import {decisionFiles} from "./generate.js";
import {measureIngest, rowsRead} from "./ingest.js";
import type {Step} from "./Step.js";

/** The PostgreSQL database the step loads into: --pg, else WORKBENCH_PG_URL, else the local `workbench` database. */
const pgUrl = (args: Args) =>
  flagString(args, "pg", process.env.WORKBENCH_PG_URL ?? "postgres://workbench:workbench@127.0.0.1:5432/workbench");

/** `bench/run.ts --child load-postgres --pg <url> --table <t> --files <a,b>`: the COPY, measured as its own process. */
export async function loadPostgresChild(args: Args): Promise<void> {
  const contract = await readContract(CONTRACT);
  const n = await loadPostgres(
    flagString(args, "pg"),
    flagString(args, "table"),
    contract.schema[0],
    flagString(args, "files").split(","),
    "decided_at"
  );
  process.stdout.write(`${n}\n`);
}

export const postgres: Step = {
  name: "postgres",
  summary:
    "COPY the generated CSV into a typed PostgreSQL table, then ingest from it (all of it, and one month pushed down)",
  needs: "raw",
  optional: true,
  async run(bench) {
    const table = `bench_decisions_${bench.size}`;
    const files = decisionFiles(bench.raw);
    const load = await measure(
      "node",
      node(
        "bench/run.ts",
        "--child",
        "load-postgres",
        "--pg",
        pgUrl(bench.args),
        "--table",
        table,
        "--files",
        files.join(",")
      )
    );
    bench.record({
      step: "PostgreSQL: COPY the generated CSV into a typed table + index",
      rows: Number(load.stdout.trim()),
      m: load
    });
    const url = new URL(pgUrl(bench.args));
    url.searchParams.set("table", table);
    const pgIngest = (out: string, ...window: string[]) =>
      measureIngest(bench, url.toString(), join(bench.dir, out), ...window);
    const all = await pgIngest("pg-all");
    bench.record({step: "ingest + validation from PostgreSQL (whole table)", rows: rowsRead(all), m: all});
    const month = await pgIngest("pg-month", "--from", "2026-05-01", "--to", "2026-06-01");
    bench.record({step: "ingest + validation from PostgreSQL (May pushed down)", rows: rowsRead(month), m: month});
    const file = bench.results.get("ingest decisions");
    if (file)
      bench.ratio(
        `${bench.size.toLocaleString("en")} rows, ingest from PostgreSQL ÷ from CSV files: ${(all.seconds / file.seconds).toFixed(2)}× wall time`
      );
    rmSync(join(bench.dir, "pg-all"), {recursive: true, force: true});
    rmSync(join(bench.dir, "pg-month"), {recursive: true, force: true});
  }
};
