import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import type {Manifest} from "../../loaders/ingest/Manifest.js";
import {listSystems} from "../../loaders/system/listSystems.js";
import {workDir} from "../../loaders/system/workDir.js";
import {browserSkipReason, renderedCharts, withPage} from "./site.js";

const count = new Intl.NumberFormat("en-US");

test(
  "/ shows a card per ingested system with the manifest's row accounting, and its seven charts",
  {skip: browserSkipReason(), timeout: 120_000},
  () =>
    withPage("/", async (page) => {
      const systems = listSystems(workDir());
      const cards = page.locator(".system-card");
      assert.equal(await cards.count(), systems.length);
      for (const s of systems) {
        const manifest = JSON.parse(readFileSync(s.paths.manifest, "utf8")) as Manifest;
        assert.equal(manifest.rows.read, manifest.rows.accepted + manifest.rows.quarantined + manifest.rows.purged);
        const card = page.locator(`.system-card[data-system="${s.name}"]`);
        const text = await card.innerText();
        assert.match(text, new RegExp(`${count.format(manifest.rows.accepted)}\\s+decisions`));
        const accounting = `${count.format(manifest.rows.read)} = ${count.format(manifest.rows.accepted)} accepted + ${count.format(manifest.rows.quarantined)} quarantined + ${count.format(manifest.rows.purged)} purged by retention`;
        assert.ok(text.includes(accounting), text);
        // the bundled sample is judged as of its own end: fresh, never a false "stale" on a first run
        assert.match(text, /fresh: last decision \d+ min before 2026-06-30/);
        assert.doesNotMatch(text, /stale/);
        // manual period and automation are told apart: automated since go-live, of which reviewed
        assert.match(text, /automated since 2026-01-\d\d\s+[\d.]+% of [\d,]+, of which a person reviewed [\d.]+%/);
      }
      assert.match(
        await page.locator("#freshness-note").innerText(),
        /bundled sample is judged as of its own end, 2026-06-30 00:00 UTC/
      );
      // volume, mix, review, fallback, automated, favourable, latency, quarantine: one chart each
      assert.ok((await renderedCharts(page).count()) >= 8);
      // the mix chart draws one stacked bar segment per (system, week, decision) cell
      assert.ok((await page.locator("figure svg rect, svg[class^=plot] rect").count()) > 50);
    })
);
