import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, it} from "node:test";

const ROOT = new URL("../../..", import.meta.url).pathname;
const META = join(ROOT, ".tmp/cli.json");

interface Meta {
  dir: string;
  inputs: [string, number, number][];
}

/** `npm run -s workbench` (loaders/workbench.mjs), or with `tsx` the CLI through tsx as before. */
function workbench(how: "bundle" | "tsx" | "WORKBENCH_BUNDLE=0", ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    how === "tsx"
      ? ["--import", "tsx", join(ROOT, "loaders/cli.ts"), ...args]
      : [join(ROOT, "loaders/workbench.mjs"), ...args],
    {encoding: "utf8", env: {...process.env, WORKBENCH_DEBUG: "", WORKBENCH_BUNDLE: how === "bundle" ? "" : "0"}}
  );
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}
const meta = () => JSON.parse(readFileSync(META, "utf8")) as Meta;

describe("loaders/workbench.mjs runs the CLI from a bundle built when out of date", () => {
  it("answers as the CLI through tsx does, and records what the bundle was built from", () => {
    const bundled = workbench("bundle", "fairness", "--help");
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.deepEqual(bundled, workbench("tsx", "fairness", "--help"));
    const m = meta();
    assert.ok(existsSync(join(ROOT, ".tmp", m.dir, "cli.mjs")));
    const files = m.inputs.map((i) => i[0]);
    for (const f of ["loaders/cli.ts", "loaders/commands/fairness.ts", "loaders/workbench.mjs", "tsconfig.json"])
      assert.ok(files.includes(f), f);
    // every module the CLI loads later is in the bundle: no import() of a computed or relative path outside it,
    // which would resolve beside the bundle in .tmp/ (the sample command's generator did, and npm run build failed)
    assert.ok(files.includes("loaders/generate/generate.ts"), "the generator is bundled");
    for (const chunk of readdirSync(join(ROOT, ".tmp", m.dir)).filter((f) => f.endsWith(".mjs"))) {
      const code = readFileSync(join(ROOT, ".tmp", m.dir, chunk), "utf8");
      assert.doesNotMatch(code, /\bimport\((?!\s*["'])/, `${chunk}: import() of a computed specifier`);
      assert.doesNotMatch(code, /\bimport\(\s*["']\.\.\//, `${chunk}: import() of a path outside the bundle`);
    }
    // an unknown command: the same exit code and message
    assert.deepEqual(workbench("bundle", "no-such-command"), workbench("tsx", "no-such-command"));
    // @duckdb/node-api and yaml are in the bundle (their files among its inputs, no chunk imports them), the native
    // addon they require stays outside, loaded through the chunks' createRequire
    for (const f of ["node_modules/@duckdb/node-api/lib/index.js", "node_modules/yaml/dist/index.js"])
      assert.ok(files.includes(f), f);
    const chunks = readdirSync(join(ROOT, ".tmp", m.dir)).filter((f) => f.endsWith(".mjs"));
    const code = chunks.map((c) => readFileSync(join(ROOT, ".tmp", m.dir, c), "utf8")).join("\n");
    assert.doesNotMatch(code, /from ["'](@duckdb\/node-api|yaml)["']/);
    assert.match(code, /require\("@duckdb\/node-bindings"\)/);
    assert.ok(
      files.every((f) => !f.startsWith("node_modules/@duckdb/node-bindings")),
      "the addon is not bundled"
    );
  });

  it("reuses a fresh bundle and builds a new one when a file it was built from changed", () => {
    assert.equal(workbench("bundle", "drift", "--help").status, 0);
    const first = meta();
    assert.equal(workbench("bundle", "spc", "--help").status, 0);
    assert.equal(meta().dir, first.dir);
    // as if loaders/commands/fairness.ts had been edited since
    const edited = {
      ...first,
      inputs: first.inputs.map(([f, b, t]) => [f, b, f === "loaders/commands/fairness.ts" ? t - 1000 : t])
    };
    writeFileSync(`${META}.test`, JSON.stringify(edited));
    renameSync(`${META}.test`, META);
    const r = workbench("bundle", "fairness", "--help");
    assert.equal(r.status, 0, r.stderr);
    assert.notEqual(meta().dir, first.dir);
  });

  it("WORKBENCH_BUNDLE=0 runs the CLI through tsx, and --debug stacks name the TypeScript sources", () => {
    const before = readFileSync(META, "utf8");
    assert.deepEqual(workbench("WORKBENCH_BUNDLE=0", "spc", "--help"), workbench("tsx", "spc", "--help"));
    assert.equal(readFileSync(META, "utf8"), before);
    const failed = workbench("bundle", "fairness", "--system", "x", "--data", join(ROOT, "no-such-dir"), "--debug");
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /^error: no ingested system in /);
    assert.match(failed.stderr, /loaders\/commands\/fairness\.ts:\d+/);
  });
});
