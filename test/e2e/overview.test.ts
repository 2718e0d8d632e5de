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
        assert.equal(manifest.rows.read, manifest.rows.accepted + manifest.rows.quarantined);
        const card = page.locator(`.system-card[data-system="${s.name}"]`);
        const text = await card.innerText();
        assert.match(text, new RegExp(`${count.format(manifest.rows.accepted)}\\s+decisions`));
        assert.ok(
          text.includes(`${count.format(manifest.rows.quarantined)} of ${count.format(manifest.rows.read)} rows read`),
          text
        );
        assert.match(text, /(fresh|stale): last decision/);
      }
      // volume, mix, review, fallback, automated, favourable, latency, quarantine: one chart each
      assert.ok((await renderedCharts(page).count()) >= 8);
      // the mix chart draws one stacked bar segment per (system, week, decision) cell
      assert.ok((await page.locator("figure svg rect, svg[class^=plot] rect").count()) > 50);
    })
);
