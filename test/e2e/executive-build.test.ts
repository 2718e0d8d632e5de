import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {columnsByTag} from "../../loaders/contract/columnsByTag.js";
import {readContract} from "../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../loaders/db/openDb.js";
import {sqlIdentifier} from "../../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../../loaders/db/sqlLiteral.js";
import {listSystems} from "../../loaders/workspace/listSystems.js";
import {workDir} from "../../loaders/workspace/workDir.js";
import {discoverPages} from "./discoverPages.js";

const repo = join(import.meta.dirname, "..", "..");

/** Everything that would make a file row-level or personal: PII values, decision-id patterns, column names. */
interface Secrets {
  names: Map<string, Set<string>>;
  emails: Set<string>;
  ids: RegExp[];
  columns: Set<string>;
}

/** PII values (columns tagged pii) of every ingested system, accepted and quarantined rows, and its id pattern. */
async function collectSecrets(db: Db): Promise<Secrets> {
  const secrets: Secrets = {names: new Map(), emails: new Set(), ids: [], columns: new Set()};
  for (const system of listSystems(workDir())) {
    const contract = await readContract(system.contract);
    const decisions = contract.schema[0];
    const key = decisions.properties.find((p) => p.primaryKey)!;
    secrets.columns.add(key.name);
    if (key.options.pattern) secrets.ids.push(new RegExp(key.options.pattern.replace(/^\^|\$$/g, ""), "g"));
    for (const column of columnsByTag(decisions, "pii")) {
      secrets.columns.add(column.name);
      for (const file of [system.decisions, system.quarantine]) {
        if (!existsSync(file)) continue;
        const sql = `SELECT DISTINCT ${sqlIdentifier(column.name)}::VARCHAR AS v FROM read_parquet(${sqlLiteral(file)}) WHERE ${sqlIdentifier(column.name)} IS NOT NULL`;
        const has = await db.all(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(file)})`);
        if (!has.some((c) => c.column_name === column.name)) continue;
        for (const {v} of await db.all<{v: string}>(sql)) {
          if (v.includes("@")) secrets.emails.add(v.toLowerCase());
          else if (v.trim().length >= 5) {
            const first = v.trim().split(/\s/)[0];
            secrets.names.set(first, (secrets.names.get(first) ?? new Set()).add(v.trim()));
          }
        }
      }
    }
  }
  return secrets;
}

/** The leaks found in `text`: PII values and decision ids (HTML entities and JSON \u escapes decoded first). */
function leaks(text: string, secrets: Secrets): string[] {
  const t = text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  const found: string[] = [];
  for (const m of t.matchAll(/[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+/gu))
    if (secrets.emails.has(m[0].toLowerCase())) found.push(m[0]);
  for (const m of t.matchAll(/\p{Lu}[\p{L}'’-]*/gu))
    for (const name of secrets.names.get(m[0]) ?? []) if (t.startsWith(name, m.index)) found.push(name);
  for (const id of secrets.ids) for (const m of t.matchAll(id)) found.push(m[0]);
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

  it("builds, with the aggregate pages only", () => {
    assert.equal(build.status, 0, String(build.stderr).slice(-4000));
    assert.deepEqual(discoverPages(out), ["/", "/roi"]);
  });

  it("the scanner finds what it looks for (positive control)", () => {
    assert.ok(
      secrets.emails.size > 0 && secrets.names.size > 0 && secrets.ids.length > 0,
      "no PII collected: run npm run sample"
    );
    const email = [...secrets.emails][0];
    const name = [...[...secrets.names.values()][0]][0];
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
      data.filter((f) => !f.startsWith("overview-") && !f.startsWith("roi-")),
      [],
      "data files of other pages"
    );
  });
});
