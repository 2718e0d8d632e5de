/**
 * Browser harness for e2e tests: serves a built site on 127.0.0.1, drives Chromium, and checks every page it
 * opens for console errors, page errors, HTTP errors, requests leaving 127.0.0.1 and Framework cells that
 * failed. Usage (see docs/development.md, "Browser tests"):
 *
 *   import {test} from "node:test";
 *   import {browserSkipReason, withPage} from "./site.js";
 *   test("drift page shows the PSI table", {skip: browserSkipReason()}, () =>
 *     withPage("/drift", async (page) => {
 *       await page.getByRole("table").first().waitFor();
 *     }));
 */
import {after} from "node:test";
import type {Locator, Page} from "playwright-core";
import {launchChromium} from "./chromium.js";
import {DIST_DIR} from "./discoverPages.js";
import {startStaticServer} from "./staticServer.js";
import {recordRuntimes, waitForCells} from "./waitForCells.js";

export {browserSkipReason} from "./chromium.js";
export {discoverPages, DIST_DIR} from "./discoverPages.js";
export {runtimeCount, waitForCells} from "./waitForCells.js";

/** Elements that count as a rendered chart: Plot's SVGs, and any SVG inside a `<figure>`. */
export const CHART_SELECTOR = 'figure svg, svg[class^="plot"]';

export interface PageOptions {
  /** How long cells may take to settle, in ms (DuckDB-wasm's first query loads ~35 MB of wasm). Default 60 000. */
  settleTimeout?: number;
}

/** A built site served on 127.0.0.1 with one Chromium to look at it. */
export interface Site {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** As the module-level `withPage`, on this site. */
  withPage<T>(path: string, fn: (page: Page) => Promise<T>, options?: PageOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * Serves `dir` and launches Chromium (fresh profile) for it. Requests to any host but 127.0.0.1 are blocked
 * and reported by `withPage`. Pages must be opened one at a time.
 * @throws {Error} when Chromium cannot start.
 */
export async function openSite(dir: string): Promise<Site> {
  const server = await startStaticServer(dir);
  const blocked: string[] = [];
  try {
    const browser = await launchChromium();
    await browser.context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== "127.0.0.1",
      (route) => (blocked.push(route.request().url()), route.abort("blockedbyclient"))
    );
    return {
      origin: server.origin,
      async withPage<T>(path: string, fn: (page: Page) => Promise<T>, options: PageOptions = {}): Promise<T> {
        const page = await browser.context.newPage();
        const firstBlocked = blocked.length;
        try {
          return await checkPage(page, `${server.origin}${path}`, fn, options, () => blocked.slice(firstBlocked));
        } finally {
          await page.close();
        }
      },
      async close() {
        await browser.close();
        await server.close();
      }
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

let defaultSite: Promise<Site> | undefined;

after(async () => {
  if (defaultSite !== undefined) await (await defaultSite).close();
});

/**
 * Opens `path` (e.g. `/`, `/drift`) of the build in dist/ in a new tab, waits until every Framework cell has
 * settled (`waitForCells`), runs `fn`, and then fails if, at any time while the page was open, there was a
 * console error, an uncaught page error, an HTTP status >= 400, a failed request, a request to a host other
 * than 127.0.0.1 (blocked), or a cell error (`.observablehq--error`). The server and browser start on first use
 * and stop after the test file.
 *
 * @throws {Error} `<path>: <n> problem(s)` listing each problem; errors thrown by `fn`, with the problems seen.
 */
export async function withPage<T>(path: string, fn: (page: Page) => Promise<T>, options?: PageOptions): Promise<T> {
  defaultSite ??= openSite(DIST_DIR);
  return (await defaultSite).withPage(path, fn, options);
}

async function checkPage<T>(
  page: Page,
  url: string,
  fn: (page: Page) => Promise<T>,
  {settleTimeout = 60_000}: PageOptions,
  blockedRequests: () => string[]
): Promise<T> {
  const path = new URL(url).pathname;
  const problems: string[] = [];
  const checks: Promise<void>[] = [];
  await page.addInitScript(recordRuntimes);
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText;
    if (failure === "net::ERR_BLOCKED_BY_CLIENT") return; // reported from blockedRequests()
    // Chromium reports a wasm response consumed by streaming compilation (DuckDB's worker) as ERR_ABORTED after
    // a complete 200 response: only a request that never got a successful response is a problem.
    const check = async (): Promise<void> => {
      const response = failure === "net::ERR_ABORTED" ? await request.response() : null;
      if (response === null || response.status() >= 400) problems.push(`request failed: ${request.url()} (${failure})`);
    };
    checks.push(check());
  });
  const report = async (): Promise<string[]> => {
    await Promise.all(checks);
    const blocked = blockedRequests().map((u) => `request left 127.0.0.1 (blocked): ${u}`);
    return [...new Set([...problems, ...blocked])];
  };
  let result: T;
  try {
    await page.goto(url, {waitUntil: "load"});
    await waitForCells(page, settleTimeout);
    result = await fn(page);
    problems.push(...(await cellErrors(page)));
  } catch (error) {
    const seen = await report();
    if (seen.length > 0 && error instanceof Error) error.message += `\n${path}: also\n  ${seen.join("\n  ")}`;
    throw error;
  }
  const seen = await report();
  if (seen.length > 0) throw new Error(`${path}: ${seen.length} problem(s)\n  ${seen.join("\n  ")}`);
  return result;
}

/** The text of every cell error shown on the page, as `cell error: <text>`. */
export async function cellErrors(page: Page): Promise<string[]> {
  const texts = await page.locator(".observablehq--error").allTextContents();
  return texts.map((text) => `cell error: ${text}`);
}

/**
 * How many charts the page must show: the largest `data-expect-charts` value on the page (Markdown authors
 * write `<div data-expect-charts="0"></div>` on a page without charts, or `"3"` to require three), else 1.
 * @throws {Error} `invalid data-expect-charts: <values>` unless each value is a whole number >= 0.
 */
export async function expectedCharts(page: Page): Promise<number> {
  const values = await page
    .locator("[data-expect-charts]")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-expect-charts")));
  if (values.some((v) => !/^\d+$/.test(v ?? ""))) throw new Error(`invalid data-expect-charts: ${values.join(", ")}`);
  return values.length > 0 ? Math.max(...values.map(Number)) : 1;
}

/** The rendered charts on the page: `CHART_SELECTOR` elements with content and a visible size. */
export function renderedCharts(page: Page): Locator {
  return page.locator(CHART_SELECTOR).filter({has: page.locator("*"), visible: true});
}

/**
 * Waits until the page shows at least `min` rendered charts (default: `expectedCharts(page)`). Charts drawn
 * inside `resize()` appear a frame after their cell settles, hence the wait.
 * @throws {Error} `<path>: expected at least <min> chart(s), found <n>` after `timeout` ms.
 */
export async function expectCharts(page: Page, min?: number, timeout = 15_000): Promise<void> {
  const expected = min ?? (await expectedCharts(page));
  if (expected === 0) return;
  try {
    await renderedCharts(page)
      .nth(expected - 1)
      .waitFor({timeout});
  } catch {
    const found = await renderedCharts(page).count();
    throw new Error(`${new URL(page.url()).pathname}: expected at least ${expected} chart(s), found ${found}`);
  }
}
