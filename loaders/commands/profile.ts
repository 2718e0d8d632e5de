import {createWriteStream} from "node:fs";
import {rename} from "node:fs/promises";
import {flagList, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {driftColumns} from "../drift/driftColumns.js";
import {driftInput, type DriftInput} from "../drift/driftInput.js";
import {checkInput} from "../drift/checkInput.js";
import {systemProfiles} from "../profile/systemProfiles.js";
import {writeProfiles} from "../profile/writeProfiles.js";
import {writeParquet} from "../output/writeParquet.js";
import {derivedRows} from "../derived/derivedRows.js";
import {derivedSql} from "../derived/derivedSql.js";
import type {DriftReferenceRow} from "../../src/lib/drift/driftView.js";
import {commandSource} from "../system/commandSource.js";
import {inputRelation} from "../system/inputRelation.js";
import {parseWindow} from "../system/parseWindow.js";

const usage = `usage: workbench profile [--system <name>] [--data <dir>] [--reference <from>..<to>]
       workbench profile --input <file.csv|.jsonl|.parquet> --time <column> --reference <from>..<to> --out <file.parquet> [--numeric a,b] [--categorical c,d]

Writes mergeable column profiles per UTC day and ISO week to profiles.parquet (default <data>/<system>/profiles.parquet,
every ingested system unless --system): rows, nulls, distinct (HyperLogLog), min, max, mean, variance, quantiles
(from the histogram), a histogram over the reference window's percentiles, top-20 categories. Week profiles are the
merge of their days. The reference defaults to the 4 weeks from the first Monday with a model score; with it, a
system's profiles are the derived profiles table (workbench refresh), the Explore page's.`;

interface ProfileResult {
  system: string;
  reference: {from: string; to: string};
  rows: number;
  file: string;
}

export const profile: Command = {
  name: "profile",
  summary: "mergeable column profiles per day and week → profiles.parquet",
  usage,
  async run({args, log}) {
    const reference = args.flags.has("reference") ? parseWindow("reference", flagString(args, "reference")) : undefined;
    const db = await openDb();
    const results: ProfileResult[] = [];
    const compute = async (input: DriftInput, out: string, values: "typed" | "text" = "typed") => {
      const {reference: ref, rows} = await systemProfiles({db, log}, input, reference, {values});
      const tmp = `${out}.tmp-${process.pid}`;
      await writeProfiles(db, rows, createWriteStream(tmp));
      await rename(tmp, out);
      log(`${input.system}: ${rows.length} profile rows → ${out}`);
      results.push({system: input.system, reference: ref, rows: rows.length, file: out});
    };
    try {
      const source = await commandSource(args, {all: true});
      if (source.kind === "input") {
        const file = source.file;
        const relation = inputRelation(file);
        const time = flagString(args, "time");
        if (!reference) throw new InputError("--input needs --reference <from>..<to>");
        const columns = await driftColumns(db, relation, {
          file,
          time,
          numeric: flagList(args, "numeric"),
          categorical: flagList(args, "categorical")
        });
        await checkInput(db, relation, file, time, columns);
        await compute({system: file, file, relation, time, columns}, flagString(args, "out"), "text");
        return results[0];
      }
      for (const system of source.systems) {
        if (reference) await compute(driftInput(system), system.paths.profiles);
        else {
          const [row] = await derivedRows<DriftReferenceRow>(db, [system], "drift-reference", {log});
          if (!row) throw new InputError("no timed rows to take a reference from", {file: system.paths.decisions});
          const out = system.paths.profiles;
          const tmp = `${out}.tmp-${process.pid}`;
          const sql = derivedSql([system], "profiles", {orderBy: `system, grain, window_start, "column"`});
          await writeParquet(db, sql, createWriteStream(tmp));
          await rename(tmp, out);
          const [{n}] = await db.all<{n: number}>(`SELECT count(*)::DOUBLE AS n FROM (${sql})`);
          log(`${system.name}: ${n} profile rows → ${out}`);
          results.push({system: system.name, reference: row.reference, rows: n, file: out});
        }
      }
      return results;
    } finally {
      db.close();
    }
  },
  text(result) {
    const list = Array.isArray(result) ? (result as ProfileResult[]) : [result as ProfileResult];
    return list
      .map((r) => `${r.system}: ${r.rows} profile rows (reference ${r.reference.from}..${r.reference.to}) → ${r.file}`)
      .join("\n");
  }
};
