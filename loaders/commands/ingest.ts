import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {readContract} from "../contract/readContract.js";
import {openDb} from "../db/openDb.js";
import {ingest as runIngest} from "../ingest/ingest.js";
import type {Manifest} from "../ingest/Manifest.js";

/** `workbench ingest`: contract-validated ingest of raw files to Parquet with quarantine and manifest. */
export const ingest: Command = {
  name: "ingest",
  summary: "validate raw CSV/JSONL/Parquet against a contract; write Parquet, quarantine, manifest",
  usage: `usage: workbench ingest --contract <file.odcs.yaml> --source <path or glob> --out <dir>
         [--object <name>] [--max-quarantine-rate <0..1>] [--threads <n>] [--as-of latest|now|<ISO time>] [--format json]
       workbench ingest --contract <file.odcs.yaml> --source 'postgres://user@host:port/db?table=<name>' --out <dir>
         [--from <ISO date or time>] [--to <ISO date or time>] [options as above]

Reads CSV, JSON Lines (optionally .gz) and Parquet; validates every row against the contract object
(default: the first); writes <object>.parquet (accepted, typed), quarantine.parquet (rejected rows as
received, with reasons) and manifest.json into --out (non-default objects: <object>.quarantine.parquet,
<object>.manifest.json). A PostgreSQL table is streamed out with COPY (password from the URL, $PGPASSWORD or
~/.pgpass) and validated like a CSV file; --from/--to keep rows whose time column is in [from, to), filtered
by PostgreSQL. Exit 0 even when rows are quarantined; 1 when the quarantined share exceeds
--max-quarantine-rate; 2 for unusable input.

Personal data (columns classified pii) is tokenised with a keyed HMAC-SHA256 or dropped, as the contract's
piiTreatment says, before the accepted rows are written; the key is $WORKBENCH_PII_KEY or .workbench-key
(created on first use unless CI or WORKBENCH_PUBLISH is set).
A retention entry in the contract's slaProperties purges rows older than N days before --as-of
(default latest: the newest accepted time in the input); the manifest records the counts.`,
  async run({args, log}) {
    const contract = await readContract(flagString(args, "contract"));
    const maxRate = args.flags.has("max-quarantine-rate") ? Number(flagString(args, "max-quarantine-rate")) : undefined;
    if (maxRate !== undefined && !(maxRate >= 0 && maxRate <= 1))
      throw new InputError(
        `--max-quarantine-rate: not a share between 0 and 1 ${JSON.stringify(args.flags.get("max-quarantine-rate"))}`
      );
    const threads = Number(flagString(args, "threads", "2"));
    if (!Number.isSafeInteger(threads) || threads < 1)
      throw new InputError(`--threads: not a positive integer ${threads}`);
    const db = await openDb({threads});
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
          governance: {asOf: flagString(args, "as-of", "latest")}
        },
        {db, log}
      );
      const {read, accepted, quarantined} = manifest.rows;
      log(
        `${read.toLocaleString("en")} rows read, ${accepted.toLocaleString("en")} accepted, ${quarantined.toLocaleString("en")} quarantined`
      );
      if (maxRate !== undefined && manifest.rows.quarantineRate > maxRate)
        throw new CheckFailed(
          `quarantine rate ${manifest.rows.quarantineRate.toFixed(4)} exceeds ${maxRate}`,
          manifest
        );
      return manifest;
    } finally {
      db.close();
    }
  },
  text(result) {
    const m = result as Manifest;
    const checks = Object.entries(m.quarantineByCheck).map(([check, n]) => `  ${check}: ${n}`);
    return [
      `${m.contract.id} ${m.contract.version} / ${m.contract.object}: ${m.sources.length} file(s), ${m.rows.read} rows read, ${m.rows.accepted} accepted, ${m.rows.quarantined} quarantined (${(100 * m.rows.quarantineRate).toFixed(2)} %)`,
      ...(checks.length > 0 ? ["failed checks:", ...checks] : []),
      ...m.outputs.map((o) => `wrote ${o.file} (${o.rows} rows, ${o.bytes} bytes)`),
      `${m.run.durationMs} ms, ${m.run.rowsPerSecond} rows/s, peak RSS ${m.run.peakRssMb} MB`
    ].join("\n");
  }
};
