import {existsSync, readdirSync, readlinkSync} from "node:fs";
import {mkdir, readFile, rename, rm, symlink, writeFile} from "node:fs/promises";
import {basename, join} from "node:path";
import {openDb, type Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {duckdbEngine} from "../engine/duckdbEngine.js";
import type {Engine} from "../engine/Engine.js";
import {engineSystem} from "../engine/engineSystem.js";
import {lockFile} from "../ingest/lockFile.js";
import {sha256File} from "../ingest/sha256File.js";
import {listSystems} from "../system/listSystems.js";
import {openSystem} from "../system/openSystem.js";
import {REPO_ROOT} from "../system/repoRoot.js";
import {InputError} from "../cli/errors.js";
import {REFRESH_MEMORY_LIMIT} from "../cli/memoryLimitFlag.js";
import type {DerivedTable, RefreshContext} from "./DerivedTable.js";
import {derivedTables} from "./derivedTables.js";
import type {RefreshManifest, RefreshTable} from "./RefreshManifest.js";
import {refreshStamp} from "./refreshStamp.js";
import {writeDerived} from "./writeDerived.js";

export interface RefreshOptions {
  /** The data directory: one ingested `<system>/` folder each. */
  dir: string;
  /** The systems to refresh (default every ingested system). */
  systems?: readonly string[];
  /** The contracts folder (default data/contracts). */
  contracts?: string;
  /** Recompute even when the stamp matches. */
  force?: boolean;
  /** The engine the systems' rows are read in (default: an embedded DuckDB, closed at the end). */
  engine?: Engine;
  /**
   * The embedded DuckDB's memory_limit (and the local one's beside another engine), default REFRESH_MEMORY_LIMIT
   * (2GB): the largest tables (the scored decisions sorted for model-metrics, audit-rows' ordered COPY) fill it, so it
   * bounds the refresh's peak RSS; past it DuckDB spills to disk.
   */
  memoryLimit?: string;
  /** The table registry (default derivedTables; tests pass their own). */
  tables?: readonly DerivedTable<object>[];
  /**
   * Framework's loader cache, deleted when a table changed so pages read the new tables (default
   * src/.observablehq/cache/data); null leaves it alone (a data loader refreshing during a build).
   */
  frameworkCache?: string | null;
  root?: string;
}

/** What a refresh did for one system. */
export interface SystemRefresh {
  system: string;
  /** False when the stamp matched: nothing was computed. */
  refreshed: boolean;
  manifest: string;
  tables: RefreshTable[];
}

/**
 * `workbench refresh`: computes every derived table of every ingested system (or those named) in this one
 * process, in dependency order (a table's `reads` first), and writes them as `<system>/derived/<table>.parquet` with
 * `manifest.json` (inputs' sha256, tool version, each table once with rows, sha256 and seconds). Stamp-checked: a
 * system whose stamp (refreshStamp: code, inputs, environment) matches its manifest is left as it is. Atomic: the
 * tables go into a new folder `derived-<stamp>` and the `derived` link is swapped to it by one rename, so a
 * reader sees the old tables or the new ones, never half of each; older folders are then removed. Concurrent
 * refreshes of one data directory wait for each other (`<dir>/refresh.lock`). When anything was recomputed,
 * Framework's cached loader output is deleted so the pages read the new tables.
 *
 * @throws {InputError} for an unknown system or an unusable contract; an Error carrying the SQL when a query fails
 * @example await refresh({dir: workDir()}, {log: (m) => console.error(m)});
 */
export async function refresh(
  options: RefreshOptions,
  {log}: {log: (message: string) => void}
): Promise<SystemRefresh[]> {
  const {dir, root = REPO_ROOT, tables = derivedTables, memoryLimit = REFRESH_MEMORY_LIMIT} = options;
  const ordered = dependencyOrder(tables);
  let names: string[];
  try {
    names = listSystems(dir, options.contracts).map((s) => s.name);
  } catch (error) {
    throw new InputError(`${(error as Error).message} (run npm run sample or workbench ingest)`, {}, {cause: error});
  }
  for (const name of options.systems ?? [])
    if (!names.includes(name))
      throw new InputError(`unknown system ${JSON.stringify(name)} (ingested: ${names.join(", ")})`);
  const chosen = options.systems ? names.filter((n) => options.systems!.includes(n)) : names;
  const release = await lockFile(join(dir, "refresh.lock"), log);
  let engine: Engine | undefined = options.engine;
  let local: Db | undefined;
  const results: SystemRefresh[] = [];
  try {
    for (const name of chosen) {
      const system = await openSystem(dir, name, {contracts: options.contracts});
      const manifestFile = join(system.paths.derived, "manifest.json");
      const previous = existsSync(manifestFile)
        ? (JSON.parse(await readFile(manifestFile, "utf8")) as RefreshManifest)
        : undefined;
      const repoInputs = [...new Set(ordered.flatMap((t) => t.inputs ?? []))].sort();
      const stamp = await refreshStamp({
        root,
        dir,
        paths: system.paths,
        repoInputs,
        env: [...new Set(ordered.flatMap((t) => t.env ?? []))],
        previous
      });
      const complete =
        previous !== undefined &&
        ordered.every((t) => previous.tables.some((p) => p.name === t.name)) &&
        previous.tables.every((t) => t.error !== undefined || existsSync(join(system.paths.derived, t.file)));
      if (!options.force && complete && previous.stamp === stamp.stamp) {
        results.push({system: name, refreshed: false, manifest: manifestFile, tables: previous.tables});
        continue;
      }
      engine ??= await duckdbEngine({memoryLimit});
      local ??= engine.dialect === "duckdb" ? engine : await openDb({memoryLimit});
      // the system as the engine sees it: its tables there (shard-load), partition key, decisions with outcomes
      const viewed = await engineSystem(system, engine);
      const started = Date.now();
      const generation = `derived-${stamp.stamp.slice(0, 16)}`;
      const out = join(system.paths.dir, generation);
      await rm(out, {recursive: true, force: true});
      await mkdir(out, {recursive: true});
      const written: RefreshTable[] = [];
      const shared = new Map<string, Promise<unknown>>();
      const db = local;
      // a table computed earlier in this refresh, as the local DuckDB reads it
      const relation = (table: DerivedTable<object>, name: string) => {
        if (!table.reads?.includes(name)) throw new Error(`derived table ${table.name} does not list ${name} in reads`);
        const failed = written.find((t) => t.name === name)?.error;
        if (failed !== undefined) throw new Error(`${name} was not computed: ${failed}`);
        return `read_parquet(${sqlLiteral(join(out, `${name}.parquet`))})`;
      };
      const contextOf = (table: DerivedTable<object>): RefreshContext => ({
        system: viewed,
        engine: engine!,
        local: db,
        log,
        read: <T>(name: string) => db.all<T>(`SELECT * FROM ${relation(table, name)}`),
        relation: (name: string) => relation(table, name),
        once: <T>(key: string, compute: () => Promise<T>) => {
          if (!shared.has(key)) shared.set(key, compute());
          return shared.get(key) as Promise<T>;
        }
      });
      for (const table of ordered) {
        const t0 = Date.now();
        const cpu0 = process.cpuUsage();
        const file = `${table.name}.parquet`;
        try {
          const columns = typeof table.columns === "function" ? table.columns(system) : table.columns;
          const result = await table.compute(contextOf(table));
          const rows = await writeDerived({local, engine}, table, columns, result, join(out, file));
          const seconds = (Date.now() - t0) / 1000;
          written.push({name: table.name, file, rows, sha256: (await sha256File(join(out, file))).sha256, seconds});
          const cpu = process.cpuUsage(cpu0);
          log(
            `refresh ${name}: ${table.name}: ${rows} rows in ${seconds.toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`
          );
        } catch (error) {
          // one table that cannot be computed for this system (a role its contract lacks, a missing cost model, or a
          // table it reads) leaves the others standing; its readers get this error
          const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
          const seconds = (Date.now() - t0) / 1000;
          written.push({name: table.name, file, rows: 0, sha256: "", seconds, error: message});
          log(`refresh ${name}: ${table.name}: not computed: ${message}`);
        }
      }
      const [{duckdb}] = await local.all<{duckdb: string}>("SELECT version() AS duckdb");
      const tool = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {name: string; version: string};
      const manifest: RefreshManifest = {
        system: name,
        stamp: stamp.stamp,
        tool: {name: tool.name, version: tool.version, duckdb},
        code: stamp.code,
        env: stamp.env,
        inputs: stamp.inputs,
        repoInputs,
        tables: written,
        run: {startedAt: new Date(started).toISOString(), durationMs: Date.now() - started}
      };
      await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
      await swapLink(system.paths.derived, generation);
      results.push({system: name, refreshed: true, manifest: manifestFile, tables: written});
    }
  } finally {
    if (local && local !== (engine as unknown)) local.close();
    if (engine && !options.engine) await engine.close();
    await release();
  }
  const cache =
    options.frameworkCache === undefined ? join(root, "src/.observablehq/cache/data") : options.frameworkCache;
  if (cache !== null && results.some((r) => r.refreshed)) await rm(cache, {recursive: true, force: true});
  return results;
}

/** Points the link `path` at `target` (a sibling folder) with one rename, then removes the other generations. */
async function swapLink(path: string, target: string): Promise<void> {
  const parent = join(path, "..");
  const link = `${path}.link-${process.pid}`;
  await rm(link, {force: true});
  await symlink(target, link);
  if (existsSync(path) && !isLink(path)) await rm(path, {recursive: true, force: true});
  await rename(link, path);
  for (const entry of readdirSync(parent))
    if (entry.startsWith(`${basename(path)}-`) && entry !== target)
      await rm(join(parent, entry), {recursive: true, force: true});
}

function isLink(path: string): boolean {
  try {
    readlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The tables with each after the tables it reads. @throws {Error} for an unknown table read or a cycle */
export function dependencyOrder<T extends DerivedTable<object>>(tables: readonly T[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: T[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: T, path: string[]) => {
    if (state.get(t.name) === "done") return;
    if (state.get(t.name) === "visiting") throw new Error(`derived tables read each other: ${[...path, t.name]}`);
    state.set(t.name, "visiting");
    for (const name of t.reads ?? []) {
      const dep = byName.get(name);
      if (!dep) throw new Error(`derived table ${t.name} reads an unknown table: ${name}`);
      visit(dep, [...path, t.name]);
    }
    state.set(t.name, "done");
    out.push(t);
  };
  for (const t of tables) visit(t, []);
  return out;
}
