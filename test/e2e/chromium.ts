import {existsSync} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type BrowserContext} from "playwright-core";

/** Debian's chromium (`apt-get install chromium`); override with WORKBENCH_CHROMIUM=/path/to/chrome. */
export const CHROMIUM_PATH = process.env.WORKBENCH_CHROMIUM ?? "/usr/bin/chromium";

/** Headless, no sandbox (root in CI), and none of Chromium's own background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

let warned = false;

/**
 * Why browser tests must be skipped, or `false` when Chromium is installed. Use as a test option:
 * `test("…", {skip: browserSkipReason()}, …)`. Prints one loud warning per process when Chromium is missing.
 *
 * @throws {Error} when Chromium is missing and WORKBENCH_REQUIRE_BROWSER=1 (CI sets it: skipping is failure there).
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM_PATH)) return false;
  const reason = `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set WORKBENCH_CHROMIUM)`;
  if (process.env.WORKBENCH_REQUIRE_BROWSER === "1") throw new Error(`WORKBENCH_REQUIRE_BROWSER=1 but ${reason}`);
  if (!warned) {
    process.stderr.write(`\n${"!".repeat(78)}\n!! SKIPPING BROWSER TESTS: ${reason}\n${"!".repeat(78)}\n\n`);
    warned = true;
  }
  return reason;
}

export interface Chromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile in a temporary folder (deleted on close).
 * @throws {Error} when Chromium cannot start.
 */
export async function launchChromium(): Promise<Chromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), "workbench-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: {width: 1440, height: 900}
    });
    return {
      context,
      async close() {
        await context.close();
        await rm(userDataDir, {recursive: true, force: true});
      }
    };
  } catch (error) {
    await rm(userDataDir, {recursive: true, force: true});
    throw error;
  }
}
