import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {hashPaths} from "../../../loaders/ingest/hashPaths.js";
import {importClosure} from "../../../loaders/ingest/importClosure.js";
import {codeStamp} from "../../../loaders/refresh/codeStamp.js";

test("codeStamp is the hash of the import closure, remembered until a file of it or a folder of it changes", async () => {
  const root = mkdtempSync(join(tmpdir(), "code-stamp-"));
  try {
    mkdirSync(join(root, "lib"));
    writeFileSync(join(root, "lib/a.ts"), `import {b} from "./b.js";\nexport const a = b;\n`);
    writeFileSync(join(root, "lib/b.ts"), `export const b = 1;\n`);
    writeFileSync(join(root, "lock.json"), "{}");
    const truth = async () => hashPaths(root, [...(await importClosure(root, "lib/a.ts")), "lock.json"]);
    const stamp = () => codeStamp(root, "lib/a.ts", ["lock.json"]);
    // files written before the stamp is taken, as source files are: a minute ago, a different time at each call
    let ago = 120e3;
    const age = (...files: string[]) => {
      const past = new Date(Date.now() - (ago -= 1000));
      for (const f of files) utimesSync(join(root, f), past, past);
    };
    age("lib/a.ts", "lib/b.ts", "lock.json", "lib");
    assert.equal(await stamp(), await truth());

    // the remembered hash is what a fresh check returns (a planted one proves the files were not read again)
    const cacheFile = join(root, ".tmp/refresh-code.json");
    const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as {files: [string, number, number][]; code: string};
    assert.deepEqual(cache.files.map((f) => f[0]).sort(), ["lib", "lib/a.ts", "lib/b.ts", "lock.json"]);
    writeFileSync(cacheFile, JSON.stringify({...cache, code: "planted"}));
    assert.equal(await stamp(), "planted");

    // an edited file: hashed again
    writeFileSync(join(root, "lib/b.ts"), `export const b = 2;\n`);
    age("lib/b.ts", "lib");
    assert.equal(await stamp(), await truth());
    assert.notEqual(await stamp(), "planted");

    // a new file imported from the closure changes it; a new file in its folder alone makes it check again
    writeFileSync(join(root, "lib/c.ts"), `export const c = 3;\n`);
    age("lib/c.ts", "lib");
    writeFileSync(cacheFile, JSON.stringify({...JSON.parse(readFileSync(cacheFile, "utf8")), code: "planted"}));
    writeFileSync(join(root, "lib/d.ts"), `export const d = 4;\n`); // changes the folder's time
    assert.equal(await stamp(), await truth());
    writeFileSync(
      join(root, "lib/a.ts"),
      `import {b} from "./b.js";\nimport {c} from "./c.js";\nexport const a = b + c;\n`
    );
    age("lib/a.ts", "lib", "lib/d.ts");
    const withC = await stamp();
    assert.equal(withC, await truth());
    assert.ok((await importClosure(root, "lib/a.ts")).includes("lib/c.ts"));
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});
