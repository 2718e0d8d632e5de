/**
 * `npm run screenshots`: a PNG of every page of the built site at 1440×900, plus the states that matter after an
 * interaction (scripts/screenshots/states.ts), written to `screenshots/` (git-ignored). Look at them before you call
 * a page done: tests can pass while a chart is empty.
 *
 * Usage: node --import tsx scripts/screenshots.ts [--dist dist] [--out screenshots] [--build] [--only drift,roi]
 *   (the executive report: --dist dist-executive --out screenshots/executive)
 *
 * Uses `dist/` as it is when it exists (`--build`, or no `dist/`, runs `npm run build` first), serves it the way a
 * plain static host does (no extension guessed) and opens each page in Debian's Chromium. For each page `<name>`
 * (`index` for `/`) it writes `<name>.png` (the first screen, what a reader sees on arrival) and `<name>.2.png`,
 * `<name>.3.png`, … (the rest of the page, one screen each); each state writes `<name>@<state>.png` likewise, and
 * the print states a PDF `<name>@<state>.pdf`. Progress goes to stderr; exit 1 when a page failed to render.
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import type {Page} from "playwright-core";
import {launchChromium} from "../test/e2e/chromium.js";
import {discoverPages} from "../test/e2e/discoverPages.js";
import {startStaticServer} from "../test/e2e/staticServer.js";
import {recordRuntimes, waitForCells} from "../test/e2e/waitForCells.js";
import {pageName, states, type ScreenshotState} from "./screenshots/states.js";

const repo = join(import.meta.dirname, "..");
const {values} = parseArgs({
  options: {
    dist: {type: "string", default: "dist"},
    out: {type: "string", default: "screenshots"},
    build: {type: "boolean", default: false},
    only: {type: "string"}
  }
});
const dist = resolve(repo, values.dist);
const out = resolve(repo, values.out);
const only = values.only ? new Set(values.only.split(",")) : undefined;
const log = (line: string) => process.stderr.write(`screenshots: ${line}\n`);

if (values.build || !existsSync(dist)) {
  log(`building ${dist}`);
  const built = spawnSync("npm", ["run", "-s", "build"], {cwd: repo, stdio: ["ignore", process.stderr, "inherit"]});
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(out, {recursive: true});
for (const file of readdirSync(out).filter((f) => /\.(png|pdf)$/.test(f))) {
  const name = file.replace(/[.@].*$/, "");
  if (only === undefined || only.has(name)) rmSync(join(out, file));
}

/** Waits two animation frames: charts drawn in `resize()` appear a frame after their cell settles. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Writes the first screen as `<base>.png` and each further screen of the page as `<base>.<n>.png`. */
async function shoot(page: Page, base: string): Promise<number> {
  await nextFrames(page);
  const {width, height} = page.viewportSize() ?? {width: 1440, height: 900};
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const screens = Math.max(1, Math.ceil(total / height));
  for (let i = 0; i < screens; i++) {
    const path = join(out, i === 0 ? `${base}.png` : `${base}.${i + 1}.png`);
    await page.screenshot({path, fullPage: true, clip: {x: 0, y: i * height, width, height}});
  }
  return screens;
}

const server = await startStaticServer(dist);
const browser = await launchChromium();
let failed = 0;
try {
  for (const path of discoverPages(dist)) {
    const name = pageName(path);
    if (only !== undefined && !only.has(name)) continue;
    const todo: (ScreenshotState | undefined)[] = [undefined, ...states.filter((s) => s.page === name)];
    for (const state of todo) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      try {
        await page.addInitScript(recordRuntimes);
        await page.goto(`${server.origin}${path}`, {waitUntil: "load"});
        await waitForCells(page, 120_000);
        const base = state ? `${name}@${state.name}` : name;
        if (state !== undefined) {
          await state.act(page);
          await waitForCells(page, 120_000);
        }
        if (state?.pdf) {
          await page.emulateMedia({media: "print"});
          await nextFrames(page);
          const pdf = await page.pdf({format: "A4", printBackground: true, preferCSSPageSize: true});
          writeFileSync(join(out, `${base}.pdf`), pdf);
        }
        const screens = await shoot(page, base);
        const problems = errors.length > 0 ? `; errors: ${errors.join(" | ")}` : "";
        log(`${base}: ${screens} screen(s)${problems}`);
        if (errors.length > 0) failed++;
      } catch (error) {
        failed++;
        log(`${name}${state ? `@${state.name}` : ""}: FAILED ${(error as Error).message.split("\n")[0]}`);
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
log(`wrote ${out}`);
process.exitCode = failed > 0 ? 1 : 0;
