import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {commitOutputs, openWorkDir} from "../../../loaders/ingest/outputGenerations.js";
import {committedFiles} from "../../../loaders/system/committedFiles.js";

const log = () => {};

/** Writes the three files of a default-object set into the run's work folder and commits them. */
async function run(out: string, text: string): Promise<string> {
  const set = {out, object: "decisions", isDefault: true};
  const work = await openWorkDir(set, log);
  for (const name of ["decisions.parquet", "quarantine.parquet", "manifest.json"])
    writeFileSync(join(work, "out", name), `${text} ${name}`);
  const generation = await commitOutputs(set, work, log);
  rmSync(work, {recursive: true, force: true});
  return generation;
}

describe("output generations: one rename switches the whole output set", () => {
  const tmp = mkdtempSync(join(tmpdir(), "generations-"));
  after(() => rmSync(tmp, {recursive: true, force: true}));

  it("commits a set as a generation behind fixed symlinks, keeps the previous one, removes older ones", async () => {
    const out = join(tmp, "a");
    const g1 = await run(out, "one");
    assert.equal(readFileSync(join(out, "manifest.json"), "utf8"), "one manifest.json");
    assert.equal(readlinkSync(join(out, "decisions.parquet")), ".ingest/decisions/current/decisions.parquet");
    const g2 = await run(out, "two");
    const g3 = await run(out, "three");
    const dir = join(out, ".ingest", "decisions");
    assert.equal(readlinkSync(join(dir, "current")), g3.split("/").at(-1));
    assert.equal(readlinkSync(join(dir, "previous")), g2.split("/").at(-1));
    assert.ok(!existsSync(g1), "the generation before the previous one is removed");
    assert.deepEqual(
      readdirSync(dir).sort(),
      [g2.split("/").at(-1), g3.split("/").at(-1), "current", "previous"].sort()
    );
    const files = committedFiles(out, "decisions", true)!;
    assert.equal(files.dir, g3);
    assert.equal(readFileSync(files.quarantine, "utf8"), "three quarantine.parquet");
    assert.equal(committedFiles(out, "outcomes", false), undefined);
  });

  it("turns plain files of an older workbench into a legacy generation with the same bytes", async () => {
    const out = join(tmp, "legacy");
    mkdirSync(out);
    for (const name of ["decisions.parquet", "quarantine.parquet", "manifest.json"])
      writeFileSync(join(out, name), `old ${name}`);
    assert.equal(committedFiles(out, "decisions", true)!.dir, out); // plain files resolve to the folder itself
    await run(out, "new");
    assert.ok(lstatSync(join(out, "manifest.json")).isSymbolicLink());
    assert.equal(readFileSync(join(out, "manifest.json"), "utf8"), "new manifest.json");
    const previous = join(out, ".ingest", "decisions", "previous");
    assert.equal(readlinkSync(previous), "g-legacy");
    assert.equal(readFileSync(join(previous, "decisions.parquet"), "utf8"), "old decisions.parquet");
  });

  it("removes what killed runs left: work folders of dead processes, stray generations, old .ingest-* folders", async () => {
    const out = join(tmp, "leftovers");
    await run(out, "one");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {encoding: "utf8"});
    const base = join(out, ".ingest");
    mkdirSync(join(base, `work-${dead.stdout}-abcd`, "out"), {recursive: true});
    mkdirSync(join(base, `work-${process.pid}-live`, "out"), {recursive: true}); // a live run's: kept
    mkdirSync(join(base, "decisions", "g-stray"));
    writeFileSync(join(base, "decisions", "current.999.tmp"), "");
    mkdirSync(join(out, ".ingest-old"));
    const messages: string[] = [];
    const work = await openWorkDir({out, object: "decisions", isDefault: true}, (m) => messages.push(m));
    assert.ok(!existsSync(join(base, `work-${dead.stdout}-abcd`)));
    assert.ok(existsSync(join(base, `work-${process.pid}-live`)));
    assert.ok(!existsSync(join(base, "decisions", "g-stray")));
    assert.ok(!existsSync(join(base, "decisions", "current.999.tmp")));
    assert.ok(!existsSync(join(out, ".ingest-old")));
    assert.match(messages.join("\n"), /removed what an interrupted run left behind: .*work-\d+-abcd/);
    assert.equal(readFileSync(join(out, "decisions.parquet"), "utf8"), "one decisions.parquet");
    rmSync(work, {recursive: true});
  });

  it("refuses an output path that is a file, in one line", async () => {
    const file = join(tmp, "file");
    writeFileSync(file, "x");
    await assert.rejects(
      openWorkDir({out: file, object: "decisions", isDefault: true}, log),
      (e: unknown) =>
        e instanceof InputError && e.message === `${file}: cannot write the output directory (not a directory)`
    );
  });
});
