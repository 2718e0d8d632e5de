import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {INGEST_MEMORY_LIMIT, memoryLimitFlag} from "../cli/memoryLimitFlag.js";
import {readContract} from "../contract/readContract.js";
import {openDb} from "../db/openDb.js";
import {ingest as runIngest} from "../ingest/ingest.js";
import {DEFAULT_GATES, DEFAULT_MAX_QUARANTINE_RATE} from "../ingest/ingestGates.js";
import type {Manifest} from "../ingest/Manifest.js";

/** `workbench ingest`: contract-validated ingest of raw files to Parquet with quarantine and manifest. */
export const ingest: Command = {
  name: "ingest",
  summary: "validate raw CSV/JSONL/Parquet against a contract; write Parquet, quarantine, manifest",
  usage: `usage: workbench ingest --contract <file.odcs.yaml> --source <path or glob> --out <dir>
         [--object <name>] [--max-quarantine-rate <0..1>] [--as-of now|<ISO time>] [--allow-purge]
         [--max-purge-rate <0..1>] [--threads <n>] [--memory-limit <size>] [--format json] [--debug]
       workbench ingest --contract <file.odcs.yaml> --source 'postgres://user@host:port/db?table=<name>' --out <dir>
         [--from <ISO date or time>] [--to <ISO date or time>] [options as above]

Reads CSV, JSON Lines (optionally .gz) and Parquet; validates every row against the contract object
(default: the first); writes <object>.parquet (accepted, typed), quarantine.parquet (rejected rows as
received, with reasons) and manifest.json into --out (non-default objects: <object>.quarantine.parquet,
<object>.manifest.json), all three committed together (a reader never sees a mix of two runs). A PostgreSQL
table is streamed out with COPY (password from the URL, $PGPASSWORD or ~/.pgpass) and validated like a CSV
file; --from/--to keep rows whose time column is in [from, to), filtered by PostgreSQL.

Every row read is accepted, quarantined or purged by retention: the summary and the manifest say how many of
each. Exit 0 when the run committed; 1 when a gate stopped it before it wrote anything (previous outputs
unchanged): no row of a non-empty source accepted, a quarantined share above --max-quarantine-rate (default
${DEFAULT_MAX_QUARANTINE_RATE}), or retention purging more than --max-purge-rate (default ${DEFAULT_GATES.maxPurgeRate}) of the valid
rows without --allow-purge; 2 for unusable input (one line naming file, line and field).

Personal data (columns classified pii) is tokenised with a keyed HMAC-SHA256 or dropped, as the contract's
piiTreatment says, before the accepted rows are written; the key is $WORKBENCH_PII_KEY or .workbench-key
(created on first use unless CI or WORKBENCH_PUBLISH is set).
A retention entry in the contract's slaProperties purges rows older than N days before --as-of (default now:
the wall clock; never the data's own newest time).
--threads and --memory-limit (default 2 and ${INGEST_MEMORY_LIMIT}) are DuckDB's: past the limit it spills to the
output folder's work directory, and the outputs are the same bytes at any setting. Reference: docs/ingest.md.`,
  booleans: ["allow-purge"],
  async run({args, log}) {
    const contract = await readContract(flagString(args, "contract"));
    const share = (flag: string, fallback: number) => {
      const value = Number(flagString(args, flag, String(fallback)));
      if (!(value >= 0 && value <= 1))
        throw new InputError(`--${flag}: not a share between 0 and 1 ${JSON.stringify(args.flags.get(flag))}`);
      return value;
    };
    const gates = {
      maxQuarantineRate: share("max-quarantine-rate", DEFAULT_MAX_QUARANTINE_RATE),
      maxPurgeRate: share("max-purge-rate", DEFAULT_GATES.maxPurgeRate),
      allowPurge: args.flags.get("allow-purge") === true
    };
    const threads = Number(flagString(args, "threads", "2"));
    if (!Number.isSafeInteger(threads) || threads < 1)
      throw new InputError(`--threads: not a positive integer ${threads}`);
    const memoryLimit = memoryLimitFlag(args, INGEST_MEMORY_LIMIT);
    const db = await openDb({threads, memoryLimit});
    const summary = (m: Manifest) =>
      log(
        `${m.rows.read.toLocaleString("en")} rows read = ${m.rows.accepted.toLocaleString("en")} accepted + ${m.rows.quarantined.toLocaleString("en")} quarantined + ${m.rows.purged.toLocaleString("en")} purged`
      );
    try {
      const manifest = await runIngest(
        {
          contract,
          object: args.flags.has("object") ? flagString(args, "object") : undefined,
          source: flagString(args, "source"),
          window:
            args.flags.has("from") || args.flags.has("to")
              ? {
                  from: args.flags.has("from") ? flagString(args, "from") : undefined,
                  to: args.flags.has("to") ? flagString(args, "to") : undefined
                }
              : undefined,
          outDir: flagString(args, "out"),
          governance: {asOf: flagString(args, "as-of", "now")},
          gates
        },
        {db, log}
      );
      summary(manifest);
      return manifest;
    } catch (error) {
      if (error instanceof CheckFailed) summary(error.result as Manifest);
      throw error;
    } finally {
      db.close();
    }
  },
  text(result) {
    const m = result as Manifest;
    const checks = Object.entries(m.quarantineByCheck).map(([check, n]) => `  ${check}: ${n}`);
    return [
      `${m.contract.id} ${m.contract.version} / ${m.contract.object}: ${m.sources.length} file(s), ${m.rows.read} rows read = ${m.rows.accepted} accepted + ${m.rows.quarantined} quarantined (${(100 * m.rows.quarantineRate).toFixed(2)} %) + ${m.rows.purged} purged`,
      ...(checks.length > 0 ? ["failed checks:", ...checks] : []),
      ...m.outputs.map((o) => `wrote ${o.file} (${o.rows} rows, ${o.bytes} bytes)`),
      ...(m.outputs.length === 0 ? ["nothing written"] : []),
      `${m.run.durationMs} ms, ${m.run.rowsPerSecond} rows/s, peak RSS ${m.run.peakRssMb} MB`
    ].join("\n");
  }
};
