import assert from "node:assert/strict";
import {spawn, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {CONTRACT, KEY, assertAccounting, cli, copyOutputs, ingestArgs, sampleLines} from "./robustness.js";

const CLI = new URL("../../loaders/cli.ts", import.meta.url).pathname;
const FILES = ["decisions.parquet", "quarantine.parquet", "manifest.json"] as const;
/** Every killPoint of a run of the default object, in the order a run passes them (loaders/ingest/killPoint.ts). */
const STEPS = [
  "staging",
  "validating",
  "writing decisions.parquet",
  "writing quarantine.parquet",
  "writing manifest.json",
  "commit rename",
  "commit previous",
  "commit switch",
  "commit links",
  "commit cleanup"
];

/** What a reader sees at `out`: the three files' sha256, after checking the manifest's hashes against the files. */
function readerView(out: string): Record<string, string> {
  const sha = (name: string) =>
    createHash("sha256")
      .update(readFileSync(join(out, name)))
      .digest("hex");
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
    outputs: {file: string; sha256: string}[];
  };
  for (const o of manifest.outputs)
    assert.equal(sha(o.file.split("/").at(-1)!), o.sha256, `${o.file}: the manifest's sha256 does not match`);
  return Object.fromEntries(FILES.map((f) => [f, sha(f)]));
}

/**
 * What runs left behind: `.ingest-*` folders of older versions, work folders (`.ingest/work-*`), generations that
 * are neither current nor previous, a lock. Empty after a good run.
 */
function leftovers(out: string): string[] {
  const base = join(out, ".ingest");
  const dir = join(base, "decisions");
  const live = ["current", "previous"].flatMap((l) =>
    existsSync(join(dir, l)) ? [l, readlinkSync(join(dir, l))] : []
  );
  return [
    ...readdirSync(out).filter((n) => n.startsWith(".ingest-")),
    ...readdirSync(base).filter((n) => n !== "decisions"),
    ...readdirSync(dir).filter((n) => !live.includes(n))
  ];
}

/**
 * Issue 12, "an atomic commit of the whole output set": a run killed (SIGKILL: a crash, an OOM kill, a power cut)
 * at every step leaves readers the complete old output set or the complete new one, never a mix, and the next run
 * commits the same bytes as an undisturbed run and removes what the killed one left. Two runs at once end in one
 * complete set.
 */
describe("kill at every step, and concurrent runs", () => {
  let tmp: string;
  let previous: string;
  let oldView: Record<string, string>;
  let newView: Record<string, string>;
  let newSource: string;
  const args = (source: string, out: string) => ingestArgs(CONTRACT, source, out, "--max-quarantine-rate", "1");

  before(async () => {
    process.env.WORKBENCH_PII_KEY = KEY;
    tmp = mkdtempSync(join(tmpdir(), "robustness-kill-"));
    const {header, rows} = await sampleLines(join(tmp, "raw"));
    writeFileSync(join(tmp, "old.csv"), [header, ...rows.slice(0, 20)].join("\n") + "\n");
    newSource = join(tmp, "new.csv");
    writeFileSync(newSource, [header, ...rows.slice(10), rows[12]].join("\n") + "\n"); // one duplicate: a quarantine
    previous = join(tmp, "previous");
    assert.equal((await cli(...args(join(tmp, "old.csv"), previous))).status, 0);
    oldView = readerView(previous);
    const reference = join(tmp, "reference");
    copyOutputs(previous, reference);
    const r = await cli(...args(newSource, reference));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(assertAccounting(r.stdout).quarantined, 1);
    newView = readerView(reference);
  });
  after(() => {
    if (!process.env.KEEP) rmSync(tmp, {recursive: true, force: true});
  });

  const sameData = (a: Record<string, string>, b: Record<string, string>) =>
    a["decisions.parquet"] === b["decisions.parquet"] && a["quarantine.parquet"] === b["quarantine.parquet"];

  STEPS.forEach((step, n) =>
    it(`killed at "${step}": readers see one whole set; the next run commits the same bytes and cleans up`, async () => {
      const out = join(tmp, `kill-${n}`);
      copyOutputs(previous, out);
      const killed = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args(newSource, out)], {
        encoding: "utf8",
        env: {...process.env, WORKBENCH_KILL_AT: step, WORKBENCH_DEBUG: ""}
      });
      assert.equal(killed.signal, "SIGKILL", `not killed at ${step}: ${killed.stderr}`);
      const seen = readerView(out);
      const switched = STEPS.indexOf(step) >= STEPS.indexOf("commit links");
      // before the switch the old set, byte for byte; from the switch on the new one (its manifest has another run)
      if (switched) assert.ok(sameData(seen, newView), `${step}: not the new set`);
      else assert.deepEqual(seen, oldView, `${step}: not the old set`);
      assert.notDeepEqual(leftovers(out), [], "a killed run leaves its work folder (the next run must remove it)");
      const again = await cli(...args(newSource, out));
      assert.equal(again.status, 0, again.stderr);
      assert.ok(sameData(readerView(out), newView), "the next run wrote other bytes");
      assert.deepEqual(leftovers(out), []);
    })
  );

  it("two runs at once into one folder end in one whole set, each exit 0", async () => {
    const out = join(tmp, "concurrent");
    copyOutputs(previous, out);
    const run = (source: string) =>
      new Promise<{code: number | null; stderr: string}>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args(source, out)], {
          env: {...process.env, WORKBENCH_DEBUG: ""}
        });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (code) => resolve({code, stderr}));
      });
    const [a, b] = await Promise.all([run(newSource), run(join(tmp, "old.csv"))]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const seen = readerView(out);
    assert.ok(sameData(seen, newView) || sameData(seen, oldView), "a mix of two runs");
    assert.deepEqual(leftovers(out), []);
  });
});
