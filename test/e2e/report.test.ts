import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import type {ReportResult} from "../../loaders/commands/report.js";
import {openDb} from "../../loaders/db/openDb.js";
import {workDir} from "../../loaders/system/workDir.js";
import {browserSkipReason, launchChromium} from "./chromium.js";
import {collectRawPii, findPii, type RawPii} from "./piiScan.js";

const cli = new URL("../../loaders/cli.ts", import.meta.url).pathname;

/** `workbench report` on the bundled sample (built by `npm run build`'s prebuild): the May 2026 window. */
describe("workbench report", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-"));
  const out = join(dir, "credit-line-may.html");
  let result: ReportResult;
  let html: string;
  let pii: RawPii;
  before(async () => {
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        cli,
        "report",
        "--system",
        "credit-line",
        "--window",
        "2026-05-04..2026-06-01",
        "--out",
        out,
        "--format",
        "json"
      ],
      {encoding: "utf8"}
    );
    assert.equal(r.status, 0, r.stderr);
    result = JSON.parse(r.stdout) as ReportResult;
    html = readFileSync(out, "utf8");
    const db = await openDb({threads: 1});
    try {
      pii = await collectRawPii(db, workDir());
    } finally {
      db.close();
    }
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  it("writes one file with drift, quality, SPC, the fairness grid, model performance and the explanation", () => {
    assert.deepEqual(
      result.sections.map((s) => s.id),
      ["drift", "quality", "spc", "fairness", "models", "explain"]
    );
    assert.equal(result.bytes, Buffer.byteLength(html));
    assert.deepEqual(result.reference, {from: "2026-02-02", to: "2026-03-02"});
    // the planted May findings: feature drift, the outage's fallback spike, group_c, the income mix
    assert.match(result.sections[0].summary, /^Dataset drift: .*income/);
    assert.match(result.sections[2].summary, /fallback_rate/);
    assert.match(result.sections[3].summary, /ethnicity .*group_c/);
    assert.match(result.sections[5].summary, /income alone explains/);
    assert.ok((html.match(/<svg/g) ?? []).length >= 6, "static SVG charts");
  });

  it("has no script and no external reference: styles inline, links only to its own sections", () => {
    assert.doesNotMatch(html, /<script|<link|<iframe|<img|@import|url\(/i);
    const refs = [...html.matchAll(/\b(?:href|src|xlink:href)="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(refs.length > 0);
    for (const ref of refs) assert.match(ref, /^#[\w-]+$/, `reference ${ref}`);
  });

  it("contains no raw personal data of the source (names and emails), with a positive control", () => {
    const email = [...pii.emails][0];
    assert.deepEqual(findPii(`${html}<p>${email}</p>`, pii), [email]);
    assert.deepEqual(findPii(html, pii), []);
    for (const column of pii.columns) assert.ok(!html.includes(`>${column}<`), `a PII column ${column} listed`);
  });

  it(
    "opens in Chromium with no network request, and prints on A4 pages",
    {skip: browserSkipReason(), timeout: 120_000},
    async () => {
      const browser = await launchChromium();
      try {
        const requests: string[] = [];
        await browser.context.route("**/*", (route) => {
          const url = route.request().url();
          if (url.startsWith("file://")) return route.continue();
          requests.push(url);
          return route.abort("blockedbyclient");
        });
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        await page.goto(`file://${out}`, {waitUntil: "load"});
        assert.equal(await page.locator("h1").innerText(), "credit-line: monitoring report 2026-05-04 to 2026-06-01");
        assert.equal(await page.locator("section > h2").count(), 6);
        assert.ok((await page.locator("section svg").count()) >= 6);
        const pdf = await page.pdf({format: "A4"});
        const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert.ok(pages >= 3 && pages <= 20, `${pages} pages`);
        assert.deepEqual(requests, []);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    }
  );
});
