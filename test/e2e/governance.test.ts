import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../loaders/db/openDb.js";
import {sqlIdentifier} from "../../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../../loaders/db/sqlLiteral.js";
import {workDir} from "../../loaders/system/workDir.js";
import {collectRawPii, findPii, type RawPii} from "./piiScan.js";
import {browserSkipReason, DIST_DIR, expectCharts, openSite, type Site} from "./site.js";

/** The built site under test: dist/ (set WORKBENCH_DIST to check another build). */
const DIST = process.env.WORKBENCH_DIST ?? DIST_DIR;
const skip = browserSkipReason();

describe("PII scan of the built site", () => {
  let db: Db;
  let pii: RawPii;
  before(async () => {
    db = await openDb({threads: 1});
    pii = await collectRawPii(db, workDir());
  });
  after(() => db.close());

  it("collects the raw names and emails of the source, and finds them when present (positive control)", () => {
    const names = [...pii.names.values()].reduce((n, s) => n + s.size, 0);
    assert.ok(pii.emails.size > 1000 && names > 1000, `${pii.emails.size} emails, ${names} names`);
    const email = [...pii.emails][0];
    const name = [...[...pii.names.values()][0]][0];
    const page = `<td>${name.replace(/'/g, "&#39;")}</td> {"e": "${email.toUpperCase().replace("@", "\\u0040")}"}`;
    assert.deepEqual(findPii(page, pii).sort(), [name, email.toUpperCase()].sort());
  });

  it("finds no raw PII value in any file of dist/ (Parquet decoded), and no quarantine or PII column", async () => {
    const files = readdirSync(DIST, {recursive: true, withFileTypes: true}).filter((d) => d.isFile());
    assert.ok(files.length > 50, `${files.length} files in ${DIST}`);
    const leaks: string[] = [];
    const columns: string[] = [];
    for (const f of files) {
      const path = join(f.parentPath, f.name);
      let text = readFileSync(path, "latin1");
      if (f.name.endsWith(".parquet")) {
        const names = (
          await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(path)})`)
        ).map((c) => c.column_name);
        const bad = names.filter((c) => /^_(raw|reason|reasons|checks)$/.test(c) || pii.columns.has(c));
        if (bad.length) columns.push(`${path.slice(DIST.length)}: ${bad.join(", ")}`);
        // every text value of the file, once each (decoding whole rows of the audit table to JSON is 10× slower)
        const types = await db.all<{column_name: string; column_type: string}>(
          `DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(path)})`
        );
        const texts = types.filter((c) => c.column_type === "VARCHAR").map((c) => sqlIdentifier(c.column_name));
        text = texts.length
          ? ((
              await db.all<{t: string | null}>(
                `SELECT string_agg(DISTINCT v, '\n') AS t FROM (SELECT unnest([${texts.join(", ")}]) AS v FROM read_parquet(${sqlLiteral(path)}))`
              )
            )[0].t ?? "")
          : "";
      } else if (/\.(html|js|json|csv|txt|css|md)$/.test(f.name)) text = readFileSync(path, "utf8");
      for (const leak of findPii(text, pii)) leaks.push(`${path.slice(DIST.length)}: ${leak}`);
    }
    assert.deepEqual(columns, [], "quarantine or personal-data columns in published Parquet");
    assert.deepEqual(leaks.slice(0, 20), [], `${leaks.length} PII value(s) in dist/`);
  });
});

describe("governance and operations pages", {skip, timeout: 300_000}, () => {
  let site: Site;
  let db: Db;
  before(async () => {
    site = await openSite(DIST);
    db = await openDb({threads: 1});
  });
  after(async () => {
    await site?.close();
    db?.close();
  });

  it("/lineage traces every output with a verified checksum and draws the graph", () =>
    site.withPage("/lineage.html", async (page) => {
      await expectCharts(page, 1);
      const ok = page.locator(".lineage-ok");
      await ok.waitFor();
      // credit-line and fraud-screen, decisions and outcomes: 4 manifests × 2 outputs
      assert.equal(await ok.getAttribute("data-outputs"), "8");
      assert.equal(await page.locator(".lineage-errors").count(), 0);
      assert.match(await page.locator("table").nth(1).innerText(), /✓ matches the file/);
    }));

  it("/operations charts volume, success, latency, the review queue and the pipeline loads", () =>
    site.withPage("/operations.html", async (page) => {
      await expectCharts(page, 12);
      assert.equal(await page.locator(".card[data-system]").count(), 2);
      // the pipeline loads chart: one bar per ingest run
      const bars = page.locator("svg", {hasText: "Rows per second"}).first().locator("rect");
      assert.equal(await bars.count(), 4);
    }));

  it("/alerts shows the same checks as workbench check, with the planted findings failing", () =>
    site.withPage("/alerts.html", async (page) => {
      await expectCharts(page, 1);
      const table = page.locator("table").first();
      const text = await table.innerText();
      const failed = Number(await page.locator("[data-failed]").getAttribute("data-failed"));
      assert.equal((text.match(/\bFAIL\b/g) ?? []).length, failed);
      assert.match(text, /FAIL\s+credit-line feature drift in May/);
      assert.match(text, /FAIL\s+credit-line fallback rate in control/);
      assert.match(text, /FAIL\s+credit-line approvals fair by ethnicity/);
      assert.match(text, /PASS\s+credit-line approvals fair by sex/);
    }));

  it("/readiness plots every workflow in the matrix with its criteria", () =>
    site.withPage("/readiness.html", async (page) => {
      await expectCharts(page, 1);
      const matrix = page.locator("svg", {hasText: "Readiness (share of criteria met"}).first();
      assert.equal(await matrix.locator("circle").count(), 6);
      const table = await page.locator("table").first().innerText();
      assert.match(table, /Credit-line increase\s+automate now/);
      assert.match(table, /Insurance claim triage\s+fix the data first/);
    }));

  it("/audit finds a decision by id and reproduces it with the registered model in the browser", async () => {
    const decisions = join(workDir(), "credit-line", "decisions.parquet");
    const [model] = await db.all<{id: string}>(
      `SELECT decision_id AS id FROM read_parquet(${sqlLiteral(decisions)}) WHERE decision_source = 'model' ORDER BY decided_at DESC LIMIT 1`
    );
    const [human] = await db.all<{id: string}>(
      `SELECT decision_id AS id FROM read_parquet(${sqlLiteral(decisions)}) WHERE decision_source = 'human' ORDER BY decided_at LIMIT 1`
    );
    await site.withPage(
      "/audit.html",
      async (page) => {
        await expectCharts(page, 1);
        const input = page.getByRole("textbox", {name: "Decision id"});
        await input.fill(model.id);
        await input.press("Enter");
        await page.locator(`#audit-record[data-decision-id="${model.id}"]`).waitFor({timeout: 30_000});
        assert.equal(await page.locator("#audit-matches").getAttribute("data-matches"), "1");
        const replay = page.locator("#audit-replay");
        await replay.waitFor();
        assert.equal(await replay.getAttribute("data-reproduced"), "true", await replay.innerText());
        assert.match(await replay.innerText(), /✓ Reproduced by credit-/);
        const record = await page.locator("#audit-record").innerText();
        assert.match(record, /model_version/);
        assert.doesNotMatch(record, /applicant_(name|email)/);

        await input.fill(human.id);
        await input.press("Enter");
        await page.locator(`#audit-record[data-decision-id="${human.id}"]`).waitFor({timeout: 30_000});
        assert.match(await page.locator("#audit-replay").innerText(), /Nothing to replay: .*manual process/);
      },
      {settleTimeout: 120_000}
    );
  });
});
