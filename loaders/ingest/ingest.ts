import {readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {CheckFailed, InputError} from "../cli/errors.js";
import type {Contract, SchemaObject} from "../contract/Contract.js";
import {schemaObject} from "../contract/schemaObject.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {planGovernance, type GovernanceOptions} from "../governance/planGovernance.js";
import {dropPiiKey} from "../governance/piiTokenSql.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import {exportPostgres} from "../sources/exportPostgres.js";
import type {TimeWindow} from "../sources/postgresExportSql.js";
import {postgresUrl} from "../sources/postgresUrl.js";
import type {Manifest, OutputEntry, SourceEntry} from "./Manifest.js";
import {outputNames} from "../system/committedFiles.js";
import {DEFAULT_GATES, gateFailure, type IngestGates} from "./ingestGates.js";
import {ingestSettings} from "./ingestSettings.js";
import {killPoint} from "./killPoint.js";
import {commitOutputs, openWorkDir} from "./outputGenerations.js";
import {resolveSources, type Source} from "./resolveSources.js";
import {sha256File} from "./sha256File.js";
import {sourceFormat} from "./sourceFormat.js";
import {stageText, STAGING_COLUMNS} from "./stageText.js";
import {rawColumn, validationSql} from "./validationSql.js";

export interface IngestOptions {
  contract: Contract;
  /** The schema object to ingest; default the contract's first. */
  object?: string;
  /** A file path or glob, or a PostgreSQL table: `postgres://user@host:port/db?table=[schema.]name` (postgresUrl). */
  source: string;
  /** PostgreSQL sources only: rows whose time column is in `[from, to)`, filtered by PostgreSQL (exportPostgres). */
  window?: TimeWindow;
  outDir: string;
  /** PII key and retention as-of time (see planGovernance); default: key from env or key file, as-of now. */
  governance?: GovernanceOptions;
  /** The run's clock (plausible timestamps, retention as of `now`); default the wall clock. A seam for tests. */
  now?: Date;
  /** Gates checked before anything is written (see gateFailure); default DEFAULT_GATES. */
  gates?: Partial<IngestGates>;
}

export interface IngestEffects {
  db: Db;
  log: (message: string) => void;
  /** Test seam: called after every output is written to its temporary name, before any is renamed. */
  beforeCommit?: () => Promise<void> | void;
}

/** Column names ingest uses for lineage and bookkeeping; a contract column may not use them. */
const RESERVED = ["_id", "_file", "_source_file", "_row", "_check", "_error", "_raw", "_reason", "_reasons", "_checks"];

const TOOL = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

/**
 * Ingests raw decision (or outcome) files into Parquet, validating every row against a contract object.
 *
 * 1. Resolve `source` (path or glob, sorted); read CSV and JSON Lines (optionally .gz) through
 *    stageText into normalised staging files, Parquet directly; every column as text, with the file
 *    name (`_source_file`) and 1-based `_row` (line number in text files, row number in Parquet).
 *    A PostgreSQL source is first streamed by COPY into a CSV file in the work directory (exportPostgres:
 *    `options.window` pushed down, ordered by time and key) and then read as that CSV: `_source_file` is the
 *    URL without password, `_row` the line of the COPY output (header = line 1).
 * 2. Validate in DuckDB (validationSql): types, required, allowed values, ranges, patterns,
 *    uniqueness, row rules.
 * 3. Write into `outDir`, each to a temporary name first and renamed only when all are written (a
 *    failed run leaves previous outputs untouched): accepted rows typed per contract plus
 *    `_source_file`, `_row`, ordered by file and row (zstd Parquet); quarantined rows as received
 *    (text) with `_source_file, _row, _reason, _reasons, _checks, _raw`; and the Manifest.
 *    Before writing, planGovernance applies the contract's PII treatment to the accepted rows (tokenised
 *    or dropped: no raw personal data in the accepted Parquet) and its retention policy to both outputs
 *    (purged counts in the manifest's `governance`).
 *
 * Parquet outputs are byte-identical for identical inputs (ordered, written by one thread, no times).
 *
 * @throws {InputError} unusable input: no matching file, unreadable file or gzip, unknown format, an
 *   unreachable PostgreSQL server or missing table, a window with a file source, a
 *   required column missing from a source (`data/x.csv: field income: required column missing`), a
 *   row rule DuckDB cannot bind
 * @throws {Error} if rows read ≠ accepted + quarantined (a bug: never silently lose rows)
 */
export async function ingest(options: IngestOptions, effects: IngestEffects): Promise<Manifest> {
  const {contract, source, outDir} = options;
  const {db, log} = effects;
  const started = Date.now();
  const now = options.now ?? new Date(started);
  const object = schemaObject(contract, options.object);
  const names = outputNames(object.name, object === contract.schema[0]);
  const postgres = postgresUrl(source);
  if (options.window && !postgres) throw new InputError("--from/--to need a PostgreSQL source (postgres://...?table=)");
  const sources = postgres ? [] : await resolveSources(db, source);
  const formats = sources.map((s) => sourceFormat(s.path));
  const set = {out: outDir, object: object.name, isDefault: object === contract.schema[0]};
  const work = await openWorkDir(set, log);
  killPoint("staging");
  const {typed, statements, tables} = validationSql(object, {
    now,
    settings: ingestSettings(contract)
  });
  const [settings] = await db.all<{threads: number; temp: string; order: boolean}>(
    "SELECT current_setting('threads') AS threads, current_setting('temp_directory') AS temp, current_setting('preserve_insertion_order') AS order"
  );
  try {
    await db.run(`SET temp_directory = ${sqlLiteral(join(work, "duckdb"))}; SET preserve_insertion_order = true`);
    const columns = object.properties.map((p) => p.name);
    const reserved = columns.find((c) => RESERVED.includes(c) || c.startsWith("$"));
    if (reserved)
      throw new InputError(`object ${object.name}: column name "${reserved}" is reserved for ingest lineage`, {
        file: contract.file
      });
    await db.run(`CREATE OR REPLACE TABLE raw (_file INTEGER, _source_file VARCHAR, _row BIGINT, _check VARCHAR,
      _error VARCHAR, _raw VARCHAR, ${columns.map((c) => `${id(c)} VARCHAR`).join(", ")})`);
    let ignored: string[] | undefined; // a PostgreSQL table's columns not in the contract (not exported)
    if (postgres) {
      const path = join(work, "postgres.csv");
      const request = {
        columns,
        time: columnWithTag(object, "time", true)?.name,
        key: object.properties.filter((p) => p.primaryKey || p.unique).map((p) => p.name),
        window: options.window
      };
      const t = Date.now();
      const exported = await exportPostgres(postgres, request, path);
      ignored = exported.ignoredColumns;
      const seconds = ((Date.now() - t) / 1000).toFixed(1);
      log(`${postgres.name}: ${exported.rows.toLocaleString("en")} rows in ${seconds} s by ${exported.sql}`);
      sources.push({path, name: postgres.name});
      formats.push({kind: "csv", gzip: false});
    }
    const entries: SourceEntry[] = [];
    for (const [i, s] of sources.entries()) {
      const t = Date.now();
      const entry = await stageSource(db, log, object, s, formats[i], i, join(work, `${i}.csv`));
      if (ignored) entry.ignoredColumns = ignored;
      entries.push(entry);
      const missing = entry.missingColumns.filter((c) => object.properties.find((p) => p.name === c)!.required);
      if (missing.length > 0)
        throw new InputError("required column missing", {file: postgres ? s.name : s.path, field: missing[0]});
      if (entry.missingColumns.length > 0)
        log(`${s.name}: optional columns absent: ${entry.missingColumns.join(", ")}`);
      if (entry.ignoredColumns.length > 0)
        log(`${s.name}: columns not in the contract, ignored: ${entry.ignoredColumns.join(", ")}`);
      log(`read ${s.name}: ${entry.rows.read.toLocaleString("en")} rows (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }

    killPoint("validating");
    const t = Date.now();
    await db.run(typed);
    await checkRules(db, contract, object);
    for (const sql of statements.slice(1)) await db.run(sql);
    log(`validated in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const counts = await db.all<{file: number; quarantined: number}>(
      "SELECT _file AS file, count(*) AS quarantined FROM bad JOIN typed USING (_id) GROUP BY _file"
    );
    for (const c of counts) entries[c.file].rows.quarantined = c.quarantined;
    const staged = await db.all<{file: number; n: number}>(
      "SELECT _file AS file, count(*) AS n FROM raw GROUP BY _file"
    );
    const lost = entries.filter((e, i) => (staged.find((s) => s.file === i)?.n ?? 0) !== e.rows.read);
    if (lost.length > 0) throw new Error(`${lost[0].file}: rows read ${lost[0].rows.read} ≠ rows staged in DuckDB`);

    const governance = await planGovernance(db, contract, object, options.governance, {log, now});
    // every row read is accepted, quarantined or purged by retention: per file and in total
    const rows = {read: 0, accepted: 0, quarantined: 0, purged: 0};
    for (const [i, e] of entries.entries()) {
      const purged = governance.purged.byFile.get(i) ?? {accepted: 0, quarantined: 0};
      e.rows = {
        read: e.rows.read,
        accepted: e.rows.read - e.rows.quarantined - purged.accepted,
        quarantined: e.rows.quarantined - purged.quarantined,
        purged: purged.accepted + purged.quarantined
      };
      for (const k of ["read", "accepted", "quarantined", "purged"] as const) rows[k] += e.rows[k];
    }
    const byCheck = await db.all<{check: string; n: number}>(
      `SELECT f.check AS check, count(*) AS n FROM (SELECT unnest(_failures) AS f FROM bad JOIN typed USING (_id)
      WHERE ${governance.keep}) GROUP BY 1 ORDER BY 1`
    );
    const report = (outputs: OutputEntry[]): Manifest => {
      const ended = Date.now();
      return {
        contract: {...contractEntry, object: object.name},
        tool: {name: TOOL.name, version: TOOL.version, duckdb},
        source: postgres ? windowName(postgres.name, options.window) : source,
        sources: entries,
        rows: {...rows, quarantineRate: rows.read === 0 ? 0 : rows.quarantined / rows.read},
        quarantineByCheck: Object.fromEntries(byCheck.map((c) => [c.check, c.n])),
        outputs,
        governance: governance.record,
        run: {
          startedAt: new Date(started).toISOString(),
          endedAt: new Date(ended).toISOString(),
          durationMs: ended - started,
          rowsPerSecond: Math.round(rows.read / Math.max(0.001, (ended - started) / 1000)),
          peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
        }
      };
    };
    const [{version: duckdb}] = await db.all<{version: string}>("SELECT version() AS version");
    const contractEntry = {
      file: contract.file,
      id: contract.id,
      version: contract.version,
      sha256: (await sha256File(contract.file).catch(() => ({sha256: ""}))).sha256
    };
    const refused = gateFailure(rows, governance.purged.accepted, {...DEFAULT_GATES, ...options.gates});
    if (refused) throw new CheckFailed(`${refused}; nothing written, previous outputs unchanged`, report([]));

    const t2 = Date.now();
    const temp = (name: string) => join(work, "out", name);
    await db.run("SET threads = 1"); // one writer thread: identical input gives identical Parquet bytes
    killPoint(`writing ${names.accepted}`);
    await db.run(`COPY (SELECT ${governance.acceptedColumns.join(", ")}, _source_file, _row FROM typed
        WHERE _id NOT IN (SELECT _id FROM bad) AND ${governance.keep} ORDER BY _file, _row)
      TO ${sqlLiteral(temp(names.accepted))} (FORMAT parquet, COMPRESSION zstd)`);
    killPoint(`writing ${names.quarantine}`);
    await db.run(`COPY (SELECT _source_file, _row, array_to_string(list_transform(_failures, f -> f.message), '; ') AS _reason,
        list_transform(_failures, f -> f.message) AS _reasons, list_transform(_failures, f -> f.check) AS _checks, _raw,
        ${columns.map((c) => `${rawColumn(c)} AS ${id(c)}`).join(", ")}
      FROM bad JOIN typed USING (_id) WHERE ${governance.keep} ORDER BY _file, _row)
      TO ${sqlLiteral(temp(names.quarantine))} (FORMAT parquet, COMPRESSION zstd)`);
    await db.run(`SET threads = ${settings.threads}`);
    log(`wrote Parquet in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
    const written = await Promise.all(
      [names.accepted, names.quarantine].map(async (file) => {
        const [{n}] = await db.all<{n: number}>(`SELECT count(*) AS n FROM read_parquet(${sqlLiteral(temp(file))})`);
        return {file, rows: n, ...(await sha256File(temp(file)))};
      })
    );
    if (written[0].rows !== rows.accepted || written[1].rows !== rows.quarantined)
      throw new Error(
        `rows written ${written[0].rows} + ${written[1].rows} ≠ accepted ${rows.accepted} + quarantined ${rows.quarantined}`
      );
    const manifest = report(written);
    killPoint(`writing ${names.manifest}`);
    await writeFile(temp(names.manifest), JSON.stringify(manifest, null, 2) + "\n");
    await effects.beforeCommit?.();
    await commitOutputs(set, work, log);
    return manifest;
  } finally {
    await db
      .run(
        `SET threads = ${settings.threads}; SET temp_directory = ${sqlLiteral(settings.temp)};
        SET preserve_insertion_order = ${settings.order}`
      )
      .catch(() => {});
    await dropPiiKey(db).catch(() => {});
    await db
      .run(
        `DROP VIEW IF EXISTS typed; ${tables.map((t) => `DROP TABLE IF EXISTS ${t};`).join(" ")} DROP TABLE IF EXISTS raw`
      )
      .catch(() => {});
    await rm(work, {recursive: true, force: true});
  }
}

/** Reads one source into table `raw`; returns its manifest entry with `rows.read` set. */
async function stageSource(
  db: Db,
  log: (message: string) => void,
  object: SchemaObject,
  source: Source,
  format: ReturnType<typeof sourceFormat>,
  index: number,
  stagingFile: string
): Promise<SourceEntry> {
  const columns = object.properties.map((p) => p.name);
  const prefix = `${index}, ${sqlLiteral(source.name)}`;
  const entry = (e: {
    bytes: number;
    sha256: string;
    rows: number;
    blankLines: number;
    missingColumns: string[];
    extraColumns: string[];
  }): SourceEntry => ({
    file: source.name,
    format: format.kind,
    gzip: format.gzip,
    bytes: e.bytes,
    sha256: e.sha256,
    rows: {read: e.rows, accepted: 0, quarantined: 0, purged: 0},
    blankLines: e.blankLines,
    missingColumns: e.missingColumns,
    ignoredColumns: e.extraColumns
  });
  if (format.kind === "parquet") {
    let present: string[];
    try {
      present = (
        await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(source.path)})`)
      ).map((r) => r.column_name);
    } catch (error) {
      throw new InputError(`not a readable Parquet file (${(error as Error).message.split("\n")[0]})`, {
        file: source.path
      });
    }
    const select = columns.map((c) => (present.includes(c) ? `NULLIF(CAST(${id(c)} AS VARCHAR), '')` : "NULL"));
    await db.run(`INSERT INTO raw SELECT ${prefix}, file_row_number + 1, NULL, NULL, NULL, ${select.join(", ")}
      FROM read_parquet(${sqlLiteral(source.path)}, file_row_number = true)`);
    const [{n}] = await db.all<{n: number}>(`SELECT count(*) AS n FROM raw WHERE _file = ${index}`);
    return entry({
      ...(await sha256File(source.path)),
      rows: n,
      blankLines: 0,
      missingColumns: columns.filter((c) => !present.includes(c)),
      extraColumns: present.filter((c) => !columns.includes(c))
    });
  }
  const staged = await stageText(source.path, format, columns, stagingFile, (lines) =>
    log(`${source.name}: ${lines.toLocaleString("en")} lines read`)
  );
  const types = [...STAGING_COLUMNS, ...columns].map(
    (c) => `${sqlLiteral(c)}: ${sqlLiteral(c === "_row" ? "BIGINT" : "VARCHAR")}`
  );
  await db.run(`INSERT INTO raw SELECT ${prefix}, * FROM read_csv(${sqlLiteral(stagingFile)}, header = false, auto_detect = false,
    delim = ',', quote = '"', escape = '"', new_line = '\\n', max_line_size = 8388608, columns = {${types.join(", ")}})`);
  await rm(stagingFile);
  return entry(staged);
}

/**
 * Compiles each pattern and binds each row rule against the typed columns before the real pass, so that
 * a pattern DuckDB's RE2 rejects or a predicate it cannot bind names its place in the contract.
 */
async function checkRules(db: Db, contract: Contract, object: SchemaObject): Promise<void> {
  const at = `schema[${contract.schema.indexOf(object)}]`;
  for (const [i, p] of object.properties.entries()) {
    if (p.options.pattern === undefined) continue;
    try {
      await db.all(`SELECT regexp_full_match('', ${sqlLiteral(p.options.pattern)}) AS ok`);
    } catch (error) {
      const message = (error as Error).message.split("\n")[0];
      throw new InputError(`${at}.properties[${i}].logicalTypeOptions.pattern: ${message}`, {file: contract.file});
    }
  }
  for (const rule of object.rules) {
    let type: string;
    try {
      [{column_type: type}] = await db.all<{column_type: string}>(
        `DESCRIBE SELECT (${rule.implementation}) AS ok FROM typed`
      );
    } catch (error) {
      const message = (error as Error).message.split("\n")[0];
      throw new InputError(`${rule.path}.implementation: rule ${rule.name}: ${message}`, {file: contract.file});
    }
    if (type !== "BOOLEAN")
      throw new InputError(`${rule.path}.implementation: rule ${rule.name}: not a boolean predicate (${type})`, {
        file: contract.file
      });
  }
}

/** A PostgreSQL source's name (no password) with its window as `from`/`to` parameters, for the manifest. */
function windowName(name: string, window: TimeWindow = {}): string {
  const url = new URL(name);
  if (window.from !== undefined) url.searchParams.set("from", window.from);
  if (window.to !== undefined) url.searchParams.set("to", window.to);
  return url.toString();
}
