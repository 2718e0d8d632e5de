import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {importClosure} from "../../../loaders/ingest/importClosure.js";

describe("importClosure", () => {
  const root = mkdtempSync(join(tmpdir(), "closure-"));
  after(() => rmSync(root, {recursive: true, force: true}));

  it("follows relative static, side-effect and dynamic imports (.js → .ts), not packages, each file once", async () => {
    mkdirSync(join(root, "a"));
    mkdirSync(join(root, "lib"));
    writeFileSync(
      join(root, "a/main.ts"),
      'import {x} from "./x.js";\nimport "../lib/side.js";\nimport {y} from "node:fs";\nconst m = await import("../lib/lazy.js");\n'
    );
    writeFileSync(join(root, "a/x.ts"), 'export {z} from "../lib/side.js";\nimport {main} from "./main.js";\n');
    writeFileSync(join(root, "lib/side.ts"), "export const z = 1;\n");
    writeFileSync(join(root, "lib/lazy.ts"), "export const l = 1;\n");
    writeFileSync(join(root, "lib/unused.ts"), "export const u = 1;\n");
    assert.deepEqual(await importClosure(root, "a/main.ts"), ["a/main.ts", "a/x.ts", "lib/lazy.ts", "lib/side.ts"]);
    assert.deepEqual(await importClosure(root, "a/nope.ts"), []);
  });
});
