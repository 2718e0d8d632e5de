import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../loaders/db/openDb.js";
import {sqlLiteral} from "../../loaders/db/sqlLiteral.js";
import {openSystems} from "../../loaders/system/openSystem.js";
import {workDir} from "../../loaders/system/workDir.js";
import {browserSkipReason} from "./chromium.js";
import {discoverPages} from "./discoverPages.js";
import {expectCharts, openSite} from "./site.js";
import {collectRawPii, findPii, type RawPii} from "./piiScan.js";

const repo = join(import.meta.dirname, "..", "..");
const skip = browserSkipReason();

/** Everything that would make a file row-level or personal: raw PII values, decision-id patterns, column names. */
interface Secrets {
  pii: RawPii;
  ids: RegExp[];
  columns: Set<string>;
}

/** The raw PII of the source files (collectRawPii) plus each system's decision-id pattern and key column. */
async function collectSecrets(db: Db): Promise<Secrets> {
  const pii = await collectRawPii(db, workDir());
  const secrets: Secrets = {pii, ids: [], columns: new Set(pii.columns)};
  for (const system of await openSystems(workDir())) {
    const key = system.contract.schema[0].properties.find((p) => p.primaryKey)!;
    secrets.columns.add(key.name);
    if (key.options.pattern) secrets.ids.push(new RegExp(key.options.pattern.replace(/^\^|\$$/g, ""), "g"));
  }
  return secrets;
}

/** The leaks found in `text`: raw PII values (findPii) and decision ids. */
function leaks(text: string, secrets: Secrets): string[] {
  const found = findPii(text, secrets.pii);
  for (const id of secrets.ids) for (const m of text.matchAll(id)) found.push(m[0]);
  return found;
}

describe("npm run build:executive", {timeout: 600_000}, () => {
  let db: Db;
  let out: string;
  let secrets: Secrets;
  let build: ReturnType<typeof spawnSync>;
  before(async () => {
    db = await openDb({threads: 1});
    secrets = await collectSecrets(db);
    out = mkdtempSync(join(tmpdir(), "executive-dist-"));
    build = spawnSync(
      process.execPath,
      ["--import", "tsx", join(repo, "scripts", "buildAudience.ts"), "--audience", "executive", "--out", out],
      {cwd: repo, encoding: "utf8", maxBuffer: 64 << 20}
    );
  });
  after(() => {
    db.close();
    rmSync(out, {recursive: true, force: true});
  });

  it("builds the ROI report alone, as the home page of its own folder", () => {
    assert.equal(build.status, 0, String(build.stderr).slice(-4000));
    assert.deepEqual(discoverPages(out), ["/"]);
    assert.match(readFileSync(join(out, "index.html"), "utf8"), /<h1 id="return-on-automation"/);
  });

  it(
    "speaks plainly: no contract URN, environment variable, file path or statistical jargon on the page",
    {skip},
    async () => {
      const site = await openSite(out);
      try {
        await site.withPage("/", async (page) => {
          await expectCharts(page, 7);
          const text = await page.locator("#observablehq-main").innerText();
          const method = await page.locator(".roi-method").innerText();
          const body = text.replace(method, "");
          for (const jargon of [
            /urn:/i,
            /WORKBENCH_/,
            /data\/contracts/,
            /\.ya?ml\b/,
            /bootstrap/i,
            /day-cluster/i,
            /\bCI\b/
          ])
            assert.doesNotMatch(body, jargon);
          // the method is in the footnote, in words
          assert.match(method, /How the figures are computed/);
          assert.equal(await page.locator("#observablehq-sidebar").count(), 0);
        });
      } finally {
        await site.close();
      }
    }
  );

  it("the scanner finds what it looks for (positive control)", () => {
    assert.ok(
      secrets.pii.emails.size > 0 && secrets.pii.names.size > 0 && secrets.ids.length > 0,
      "no PII collected: run npm run sample"
    );
    const email = [...secrets.pii.emails][0];
    const name = [...[...secrets.pii.names.values()][0]][0];
    const html = `<td>${name.replace(/'/g, "&#39;")}</td> "${email.toUpperCase()}" CL-00001234`;
    assert.deepEqual(leaks(html, secrets).sort(), [name, email.toUpperCase(), "CL-00001234"].sort());
  });

  it("holds no PII value and no decision id in any file, Parquet decoded", async () => {
    const files = readdirSync(out, {recursive: true, withFileTypes: true}).filter((d) => d.isFile());
    assert.ok(files.length > 10, `files in ${out}: ${files.length}`);
    const found: string[] = [];
    for (const f of files) {
      const path = join(f.parentPath, f.name);
      let text = readFileSync(path, "utf8");
      if (f.name.endsWith(".parquet")) {
        const columns = await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(path)})`);
        const rowLevel = columns.map((c) => c.column_name).filter((c) => secrets.columns.has(c));
        assert.deepEqual(rowLevel, [], `${path} has row-level columns`);
        text = JSON.stringify(await db.all(`SELECT * FROM read_parquet(${sqlLiteral(path)})`));
      }
      for (const leak of leaks(text, secrets)) found.push(`${path.slice(out.length)}: ${leak}`);
    }
    assert.deepEqual(found.slice(0, 20), [], `${found.length} leak(s)`);
  });

  it("ships none of the analyst pages' data files", () => {
    const data = readdirSync(join(out, "_file", "data")).map((f) => f.replace(/\.[0-9a-f]{8}\./, "."));
    assert.ok(data.includes("roi-report.json"), data.join(", "));
    assert.deepEqual(
      data.filter((f) => !f.startsWith("roi-")),
      [],
      "data files of other pages"
    );
  });
});
