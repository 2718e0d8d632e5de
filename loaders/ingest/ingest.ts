import {readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {CheckFailed, InputError} from "../cli/errors.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import type {Contract, SchemaObject} from "../contract/Contract.js";
import {schemaObject} from "../contract/schemaObject.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {planGovernance, type GovernanceOptions} from "../governance/planGovernance.js";
import {dropPiiKey} from "../governance/piiTokenSql.js";
import {retentionPolicy} from "../governance/retentionPolicy.js";
import {exportPostgres} from "../sources/exportPostgres.js";
import type {TimeWindow} from "../sources/postgresExportSql.js";
import {postgresUrl} from "../sources/postgresUrl.js";
import {outputNames} from "../system/committedFiles.js";
import {checkRows, type Checked} from "./checkRows.js";
import {DEFAULT_GATES, gateFailure, type IngestGates} from "./ingestGates.js";
import {ingestSettings} from "./ingestSettings.js";
import {killPoint} from "./killPoint.js";
import type {Manifest, OutputEntry} from "./Manifest.js";
import {commitOutputs, openWorkDir} from "./outputGenerations.js";
import {planSource, type PlannedSource} from "./planSources.js";
import {resolveSources} from "./resolveSources.js";
import {sha256File} from "./sha256File.js";
import {sourceFormat, type SourceFormat} from "./sourceFormat.js";
import {validationSql} from "./validationSql.js";
import {writeAccepted, writeQuarantine} from "./writeOutputs.js";

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
  /** Test seam: read every text source record by record in Node (stageText), never by DuckDB's CSV reader. */
  recordByRecord?: boolean;
}

/** Column names ingest uses for lineage and bookkeeping; a contract column may not use them. */
const RESERVED = ["_id", "_file", "_source_file", "_row", "_check", "_error", "_raw", "_reason", "_reasons", "_checks"];

const TOOL = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

/**
 * Ingests raw decision (or outcome) files into Parquet, validating every row against a contract object, with
 * nothing lost and nothing silently changed: rows read = accepted + quarantined + purged, always.
 *
 * 1. Resolve `source` (path or glob, sorted); a PostgreSQL source is first streamed by COPY into a CSV file in the
 *    work folder (exportPostgres: `options.window` pushed down) and read as that CSV, named by its URL without the
 *    password. planSource scans each text file once in Node at the byte level (sha256, lines, line ends, blank,
 *    overlong and invalid-UTF-8 lines): DuckDB then parses the CSV files it can read strictly, in parallel; the
 *    others (mixed line ends, NUL bytes, ..., and JSON Lines) are read record by record into a staging CSV.
 * 2. Validate in DuckDB in one pass over all sources (checkRows: types in their documented grammars, plausible
 *    times, required, allowed values, ranges, patterns, row rules; then uniqueness over the whole run), keeping only
 *    a narrow table of keys and failures. Every row gets the line its record starts on (`_row`; the row in Parquet).
 * 3. planGovernance: PII treatment of the accepted columns, retention (as of now or `--as-of`, never the data's own
 *    time) with its purge counts; then the gates (gateFailure): a failing gate writes nothing (CheckFailed, exit 1).
 * 4. Write, into the run's work folder: the accepted rows (a second DuckDB pass, streamed, typed, PII treated,
 *    in source and line order), the quarantine (rows as received, with every reason), the Manifest; then commit the
 *    three as one generation with one rename (commitOutputs): readers see the old set or the new one, never a mix.
 *
 * Outputs are byte-identical for identical inputs and as-of time, at any thread count (see WRITER_THREADS).
 *
 * @throws {InputError} unusable input: no matching file, unreadable file or gzip, unknown format, an empty file or
 *   a broken CSV header, an unreachable PostgreSQL server or missing table, a window with a file source, a required
 *   column missing from a source (`data/x.csv: field income: required column missing`), a row rule DuckDB cannot
 *   bind, an output folder that cannot be written
 * @throws {CheckFailed} a gate refused the run (nothing written; `result` is the would-be manifest)
 * @throws {Error} if rows read ≠ accepted + quarantined + purged (a bug: never silently lose rows)
 */
export async function ingest(options: IngestOptions, effects: IngestEffects): Promise<Manifest> {
  const {contract, source, outDir} = options;
  const {db, log} = effects;
  const started = Date.now();
  const now = options.now ?? new Date(started);
  const object = schemaObject(contract, options.object);
  const names = outputNames(object.name, object === contract.schema[0]);
  const columns = object.properties.map((p) => p.name);
  const reserved = columns.find((c) => RESERVED.includes(c) || c.startsWith("$"));
  if (reserved)
    throw new InputError(`object ${object.name}: column name "${reserved}" is reserved for ingest lineage`, {
      file: contract.file
    });
  const settings = ingestSettings(contract);
  const policy = retentionPolicy(contract, object);
  const postgres = postgresUrl(source);
  if (options.window && !postgres) throw new InputError("--from/--to need a PostgreSQL source (postgres://...?table=)");
  const sources = postgres ? [] : await resolveSources(db, source);
  const formats: SourceFormat[] = sources.map((s) => sourceFormat(s.path));
  const set = {out: outDir, object: object.name, isDefault: object === contract.schema[0]};
  const work = await openWorkDir(set, log);
  const [saved] = await db.all<{temp: string; order: boolean; disabled: string; catalog: string}>(
    `SELECT current_setting('temp_directory') AS temp, current_setting('preserve_insertion_order') AS order,
      current_setting('disabled_optimizers') AS disabled, current_database() AS catalog`
  );
  let attached = false;
  try {
    killPoint("staging");
    // the run's tables (staged, bad, dup_*, quarantine_raw) live in a database file in the work folder: DuckDB
    // stores a persistent table compressed and evicts it from memory without spilling, where an in-memory table
    // past memory_limit spills uncompressed (about 0.6 GB a million rows: 60 GB at 100M)
    await db.run(`ATTACH ${sqlLiteral(join(work, "stage.duckdb"))} AS ingest_stage; USE ingest_stage`);
    attached = true;
    // a row's place in storage is its line (STAGED_POSITION): keep insertion order, and keep IN lists expressions
    // (DuckDB rewrites a long IN list into a join, after which a parallel insert no longer keeps source order)
    await db.run(`SET temp_directory = ${sqlLiteral(join(work, "duckdb"))}; SET preserve_insertion_order = true;
      SET disabled_optimizers = ${sqlLiteral([saved.disabled, "in_clause"].filter(Boolean).join(","))}`);
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
    let phase = startPhase();
    const planned: PlannedSource[] = [];
    for (const [index, s] of sources.entries()) {
      const p = await planSource(
        db,
        {index, source: s, format: formats[index]},
        {object, settings, work, log, forceStaged: effects.recordByRecord}
      );
      const missing = p.entry.missingColumns.filter((c) => object.properties.find((q) => q.name === c)!.required);
      if (missing.length > 0)
        throw new InputError("required column missing", {file: postgres ? s.name : s.path, field: missing[0]});
      if (p.entry.missingColumns.length > 0)
        log(`${s.name}: optional columns absent: ${p.entry.missingColumns.join(", ")}`);
      if (p.entry.ignoredColumns.length > 0)
        log(`${s.name}: columns not in the contract, ignored: ${p.entry.ignoredColumns.join(", ")}`);
      planned.push(p);
    }
    log(`scanned ${sources.length} source(s) in ${phase()}`);

    killPoint("validating");
    phase = startPhase();
    const rareWhitespace = planned.some((p) => p.read.kind !== "csv" || p.read.scan.rareBytes);
    const validation = validationSql(object, {now, settings, rareWhitespace});
    await checkRules(db, contract, object, validation.typed);
    const check = (): Promise<Checked> => checkRows(db, planned, {object, validation, settings, time: policy?.column});
    let checked = await check();
    while (!checked.ok) {
      for (const i of checked.restage) {
        log(
          `${planned[i].source.name}: DuckDB cannot read it as one record a line (${checked.why}); reading it record by record`
        );
        planned[i] = await planSource(db, planned[i], {object, settings, work, forceStaged: true, log});
      }
      checked = await check();
    }
    log(`validated in ${phase()}`);
    if (ignored) planned.at(-1)!.entry.ignoredColumns = ignored; // the table's, not the exported CSV's

    const counts = await db.all<{file: number; bad: number}>(
      "SELECT _file AS file, count(*) AS bad FROM bad GROUP BY 1"
    );
    const governance = await planGovernance(db, contract, object, options.governance, {
      log,
      now,
      // a quarantined row's retention time is bad._t (checkRows), as the quarantine's writer sees it
      rows: `(SELECT s._file, ${policy ? `CASE WHEN b._ord IS NULL THEN s.${sqlIdentifier(policy.column)} ELSE b._t END` : "NULL"} AS _t,
        b._ord IS NOT NULL AS _bad FROM staged s LEFT JOIN bad b ON s.rowid = b._ord)`
    });
    // every row read is accepted, quarantined or purged by retention: per file and in total
    const rows = {read: 0, accepted: 0, quarantined: 0, purged: 0};
    for (const p of planned) {
      const rejected = checked.rejects.get(p.index)?.length ?? 0;
      const read = (checked.rows.get(p.index) ?? 0) + rejected;
      if (p.read.kind === "staged" && read !== p.entry.rows.read)
        throw new Error(`${p.source.name}: rows staged ${p.entry.rows.read} ≠ rows read by DuckDB ${read}`);
      const quarantined = (counts.find((c) => c.file === p.index)?.bad ?? 0) + rejected;
      const purged = governance.purged.byFile.get(p.index) ?? {accepted: 0, quarantined: 0};
      p.entry.rows = {
        read,
        accepted: read - quarantined - purged.accepted,
        quarantined: quarantined - purged.quarantined,
        purged: purged.accepted + purged.quarantined
      };
      for (const k of ["read", "accepted", "quarantined", "purged"] as const) rows[k] += p.entry.rows[k];
    }
    const [{version: duckdb}] = await db.all<{version: string}>("SELECT version() AS version");
    const contractEntry = {
      file: contract.file,
      id: contract.id,
      version: contract.version,
      sha256: (await sha256File(contract.file).catch(() => ({sha256: ""}))).sha256,
      object: object.name
    };
    const byCheck = new Map<string, number>();
    const report = (outputs: OutputEntry[]): Manifest => {
      const ended = Date.now();
      return {
        contract: contractEntry,
        tool: {name: TOOL.name, version: TOOL.version, duckdb},
        source: postgres ? windowName(postgres.name, options.window) : source,
        sources: planned.map((p) => p.entry),
        rows: {...rows, quarantineRate: rows.read === 0 ? 0 : rows.quarantined / rows.read},
        quarantineByCheck: Object.fromEntries(byCheck),
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
    const refused = gateFailure(rows, governance.purged.accepted, {...DEFAULT_GATES, ...options.gates});
    const nameList = planned.map((p) => p.source.name);
    const temp = (name: string) => join(work, "out", name);
    phase = startPhase();
    if (!refused) {
      killPoint(`writing ${names.accepted}`);
      await writeAccepted(db, temp(names.accepted), {
        maps: checked.maps,
        names: nameList,
        acceptedColumns: governance.acceptedColumns,
        keep: governance.keep,
        time: policy?.column,
        purged: governance.purged.accepted
      });
    }
    const disagreeing = await writeQuarantine(db, temp(names.quarantine), {
      planned,
      rejects: checked.rejects,
      columns,
      settings,
      work,
      names: nameList,
      keep: governance.keep
    });
    if (disagreeing.length > 0)
      throw new Error(`DuckDB rejected lines its reader's rules accept: ${disagreeing.join(", ")}`);
    for (const c of await db.all<{check: string; n: number}>(
      `SELECT c AS check, count(*) AS n FROM (SELECT unnest(_checks) AS c FROM read_parquet(${sqlLiteral(temp(names.quarantine))}))
      GROUP BY 1 ORDER BY 1`
    ))
      byCheck.set(c.check, c.n);
    if (refused) throw new CheckFailed(`${refused}; nothing written, previous outputs unchanged`, report([]));
    log(`wrote Parquet in ${phase()}`);
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
    if (attached) await detachStage(db, saved.catalog).catch(() => {});
    await db
      .run(
        `SET temp_directory = ${sqlLiteral(saved.temp)}; SET preserve_insertion_order = ${saved.order};
        SET disabled_optimizers = ${sqlLiteral(saved.disabled)}`
      )
      .catch(() => {});
    await dropPiiKey(db).catch(() => {});
    // the run's tables went with ingest_stage: its file is removed with the work folder
    await rm(work, {recursive: true, force: true});
  }
}

/**
 * Compiles each pattern and binds each row rule against the typed columns before the real pass, so that
 * a pattern DuckDB's RE2 rejects or a predicate it cannot bind names its place in the contract.
 */
async function checkRules(
  db: Db,
  contract: Contract,
  object: SchemaObject,
  typed: (relation: string) => string
): Promise<void> {
  const empty = `(SELECT NULL::INTEGER AS _file, NULL::BIGINT AS _r, NULL::VARCHAR AS _check, NULL::VARCHAR AS _error, ${object.properties
    .map((p) => `NULL::VARCHAR AS "${p.name.replace(/"/g, '""')}"`)
    .join(", ")})`; // one row of NULLs: the plan of an empty relation is folded away
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
        `DESCRIBE SELECT (${rule.implementation}) AS ok FROM (${typed(empty)})`
      );
    } catch (error) {
      const message = (error as Error).message.split("\n")[0];
      throw new InputError(`${rule.path}.implementation: rule ${rule.name}: ${message}`, {file: contract.file});
    }
    if (type !== "BOOLEAN")
      throw new InputError(`${rule.path}.implementation: rule ${rule.name}: not a boolean predicate (${type})`, {
        file: contract.file
      });
    // a subquery would plan a join or an aggregate, which could reorder rows (their place is their line)
    const plan = (
      await db.all<{explain_value: string}>(`EXPLAIN SELECT (${rule.implementation}) AS ok FROM (${typed(empty)})`)
    )
      .map((r) => r.explain_value)
      .join("\n");
    if (/JOIN|CROSS_PRODUCT|AGGREGATE|WINDOW/.test(plan))
      throw new InputError(
        `${rule.path}.implementation: rule ${rule.name}: not a predicate over the row's own columns (a subquery?)`,
        {file: contract.file}
      );
  }
}

/**
 * Drops the run's tables in the stage database, then returns to `catalog` and detaches it. The drops come first
 * because DETACH checkpoints a database, and a checkpoint of the stage would write its tables out once more, to a
 * file removed a moment later: measured at 1M credit-line rows, DETACH took 2.4 to 4.8 s of CPU with the tables, none
 * without them (ingest's whole run: about 15 s of CPU).
 */
async function detachStage(db: Db, catalog: string): Promise<void> {
  const tables = await db.all<{name: string}>(
    "SELECT table_name AS name FROM duckdb_tables() WHERE database_name = 'ingest_stage' ORDER BY 1"
  );
  for (const {name} of tables) await db.run(`DROP TABLE ingest_stage.main.${sqlIdentifier(name)}`);
  await db.run(`USE ${sqlIdentifier(catalog)}; DETACH ingest_stage`);
}

/** A timer for the log: its result says the wall time since it started and the process's CPU time (all threads). */
function startPhase(): () => string {
  const wall = Date.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return `${((Date.now() - wall) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`;
  };
}

/** A PostgreSQL source's name (no password) with its window as `from`/`to` parameters, for the manifest. */
function windowName(name: string, window: TimeWindow = {}): string {
  const url = new URL(name);
  if (window.from !== undefined) url.searchParams.set("from", window.from);
  if (window.to !== undefined) url.searchParams.set("to", window.to);
  return url.toString();
}
