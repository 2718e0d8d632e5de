import {createWriteStream} from "node:fs";
import {rename} from "node:fs/promises";
import {join} from "node:path";
import {flagList, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {driftColumns} from "../drift/driftColumns.js";
import {parseWindow} from "../drift/parseWindow.js";
import {systemDriftInput, type SystemDriftInput} from "../drift/systemDriftInput.js";
import {checkInput} from "../drift/windowSamples.js";
import {systemProfiles} from "../profile/systemProfiles.js";
import {writeProfiles} from "../profile/writeProfiles.js";
import {inputRelation} from "../spc/inputRelation.js";
import {listSystems} from "../workspace/listSystems.js";
import {workDir} from "../workspace/workDir.js";

const usage = `usage: workbench profile [--system <name>] [--data <dir>] [--reference <from>..<to>]
       workbench profile --input <file.csv|.jsonl|.parquet> --time <column> --reference <from>..<to> --out <file.parquet> [--numeric a,b] [--categorical c,d]

Writes mergeable column profiles per UTC day and ISO week to profiles.parquet (default <data>/<system>/profiles.parquet,
every ingested system unless --system): rows, nulls, distinct (HyperLogLog), min, max, mean, variance, quantiles
(from the histogram), a histogram over the reference window's percentiles, top-20 categories. Week profiles are the
merge of their days. The reference defaults to the 4 weeks from the first Monday with a model score.`;

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
    const write = async (input: SystemDriftInput, out: string) => {
      const {reference: ref, rows} = await systemProfiles({db, log}, input, reference);
      const tmp = `${out}.tmp-${process.pid}`;
      await writeProfiles(db, rows, createWriteStream(tmp));
      await rename(tmp, out);
      log(`${input.system}: ${rows.length} profile rows → ${out}`);
      results.push({system: input.system, reference: ref, rows: rows.length, file: out});
    };
    try {
      if (args.flags.has("input")) {
        const file = flagString(args, "input");
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
        await write({system: file, file, relation, time, columns}, flagString(args, "out"));
        return results[0];
      }
      const systems = listSystems(flagString(args, "data", workDir()));
      const wanted = args.flags.get("system");
      const chosen = systems.filter((s) => wanted === undefined || s.system === wanted);
      if (chosen.length === 0)
        throw new InputError(`unknown system ${JSON.stringify(wanted)} (${systems.map((s) => s.system)})`);
      for (const system of chosen) await write(await systemDriftInput(system), join(system.dir, "profiles.parquet"));
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
