import {randomBytes} from "node:crypto";
import {link, lstat, mkdir, readdir, readlink, rename, rm, symlink} from "node:fs/promises";
import {join} from "node:path";
import {InputError} from "../cli/errors.js";
import {INGEST_DIR, outputNames} from "../system/committedFiles.js";
import {killPoint} from "./killPoint.js";
import {lockFile} from "./lockFile.js";
import {makeDirectory} from "./makeDirectory.js";
import {processAlive} from "./processAlive.js";

/**
 * The atomic commit of an ingest run's output set (issue 12: readers never see a mix of two runs).
 *
 * Layout of an output directory `<out>` (committedFiles reads it):
 *
 *     <out>/decisions.parquet  -> .ingest/decisions/current/decisions.parquet   (fixed symlinks, one per file)
 *     <out>/quarantine.parquet -> .ingest/decisions/current/quarantine.parquet
 *     <out>/manifest.json      -> .ingest/decisions/current/manifest.json
 *     <out>/.ingest/decisions/current  -> g-<id>       (the pointer: switched by one rename)
 *     <out>/.ingest/decisions/previous -> g-<id'>      (kept one run, for readers that resolved it just before)
 *     <out>/.ingest/decisions/g-<id>/…                 (one complete output set)
 *     <out>/.ingest/work-<pid>-<hex>/                  (a run's staging: DuckDB spill, outputs being written)
 *
 * A run writes everything into its work folder, then (under `<out>/.ingest/<object>/lock`) renames the folder of
 * outputs into a generation, points `previous` at the old generation and switches `current` to the new one. Each
 * step is a rename, so a kill at any point leaves `current` on a complete generation, old or new. The next run
 * removes what a killed run left: work folders of dead processes, generations neither current nor previous,
 * dangling temporary symlinks, and the `.ingest-*` folders of older versions.
 */
export interface OutputSet {
  out: string;
  object: string;
  isDefault: boolean;
}

/**
 * Creates the run's work folder `<out>/.ingest/work-<pid>-<hex>` after removing what killed runs left behind
 * (see OutputSet). Returns its path.
 *
 * @throws {InputError} `<out>: cannot write the output directory (ENOTDIR)` when `<out>` is a file, read-only, ...
 */
export async function openWorkDir(set: OutputSet, log: (message: string) => void): Promise<string> {
  const base = join(set.out, INGEST_DIR);
  let release: () => Promise<void>;
  try {
    await makeDirectory(join(base, set.object));
    release = await lockFile(join(base, set.object, "lock"), log);
  } catch (error) {
    throw outputError(set.out, error);
  }
  try {
    await removeLeftovers(set, log);
  } finally {
    await release();
  }
  const work = join(base, `work-${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir(join(work, "out"), {recursive: true}).catch((error) => {
    throw outputError(set.out, error);
  });
  return work;
}

/**
 * Commits `<work>/out` (every output file of the set, complete) as the new generation of `set` and switches
 * `current` to it (see OutputSet), then removes generations older than the previous one. Returns the path of the
 * committed generation.
 */
export async function commitOutputs(set: OutputSet, work: string, log: (message: string) => void): Promise<string> {
  const dir = join(set.out, INGEST_DIR, set.object);
  const release = await lockFile(join(dir, "lock"), log);
  try {
    await migrateLegacy(set);
    const id = `g-${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString("hex")}`;
    killPoint("commit rename");
    await rename(join(work, "out"), join(dir, id));
    const old = await readlink(join(dir, "current")).catch(() => undefined);
    killPoint("commit previous");
    if (old) await switchLink(join(dir, "previous"), old);
    killPoint("commit switch");
    await switchLink(join(dir, "current"), id);
    killPoint("commit links");
    await fixedLinks(set);
    killPoint("commit cleanup");
    await removeGenerations(dir, [id, old]);
    return join(dir, id);
  } finally {
    await release();
  }
}

/** Points `path` at `target` with one rename of a fresh symlink over it (atomic: never absent, never half). */
async function switchLink(path: string, target: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await rm(tmp, {force: true});
  await symlink(target, tmp);
  await rename(tmp, path);
}

/** `<out>/<file>` → `.ingest/<object>/current/<file>` for each file of the set, where not already so. */
async function fixedLinks(set: OutputSet): Promise<void> {
  for (const name of Object.values(outputNames(set.object, set.isDefault))) {
    const target = join(INGEST_DIR, set.object, "current", name);
    const path = join(set.out, name);
    if ((await readlink(path).catch(() => undefined)) !== target) await switchLink(path, target);
  }
}

/**
 * An output set written as plain files by an older workbench becomes generation `g-legacy` (hard links, same
 * bytes) with `current` on it, and each plain file is then replaced by its fixed symlink: readers see the same
 * bytes throughout. Does nothing when `current` exists or there are no plain files.
 */
async function migrateLegacy(set: OutputSet): Promise<void> {
  const dir = join(set.out, INGEST_DIR, set.object);
  if (await lstat(join(dir, "current")).catch(() => undefined)) return;
  const names = Object.values(outputNames(set.object, set.isDefault));
  const plain: string[] = [];
  for (const name of names) if ((await lstat(join(set.out, name)).catch(() => undefined))?.isFile()) plain.push(name);
  if (plain.length === 0) return;
  const legacy = join(dir, "g-legacy");
  await rm(legacy, {recursive: true, force: true});
  await mkdir(legacy);
  for (const name of plain) await link(join(set.out, name), join(legacy, name));
  await switchLink(join(dir, "current"), "g-legacy");
  await fixedLinks(set);
}

/** Removes the generations of `dir` other than `keep`, and dangling temporary symlinks. */
async function removeGenerations(dir: string, keep: (string | undefined)[]): Promise<void> {
  for (const entry of await readdir(dir)) {
    if ((entry.startsWith("g-") && !keep.includes(entry)) || entry.endsWith(".tmp"))
      await rm(join(dir, entry), {recursive: true, force: true});
  }
}

/** Removes what killed runs left: dead runs' work folders, stray generations, older versions' `.ingest-*`. */
async function removeLeftovers(set: OutputSet, log: (message: string) => void): Promise<void> {
  const base = join(set.out, INGEST_DIR);
  const removed: string[] = [];
  for (const entry of await readdir(base)) {
    const m = /^work-(\d+)-/.exec(entry);
    if (m && !processAlive(Number(m[1]))) {
      await rm(join(base, entry), {recursive: true, force: true});
      removed.push(join(INGEST_DIR, entry));
    }
  }
  for (const entry of await readdir(set.out)) {
    if (!entry.startsWith(".ingest-")) continue;
    await rm(join(set.out, entry), {recursive: true, force: true});
    removed.push(entry);
  }
  const dir = join(base, set.object);
  const keep = await Promise.all(["current", "previous"].map((l) => readlink(join(dir, l)).catch(() => undefined)));
  const before = new Set(await readdir(dir));
  await removeGenerations(dir, keep);
  for (const entry of before)
    if (!(await lstat(join(dir, entry)).catch(() => undefined))) removed.push(join(INGEST_DIR, set.object, entry));
  if (removed.length > 0) log(`removed what an interrupted run left behind: ${removed.join(", ")}`);
}

function outputError(out: string, error: unknown): InputError {
  const e = error as NodeJS.ErrnoException;
  const why =
    e.code === "ENOTDIR" || e.code === "EEXIST"
      ? "not a directory"
      : e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS"
        ? `not writable: ${e.code}`
        : (e.code ?? String(error));
  return new InputError(`cannot write the output directory (${why})`, {file: out}, {cause: error});
}
