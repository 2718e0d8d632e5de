import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before} from "node:test";
import {browserSkipReason} from "./chromium.js";
import {openSite, type Site} from "./site.js";

/**
 * A site of fixture pages for testing the browser checks themselves: each `<name>.html` gets `body` inside a minimal
 * HTML document (with an inline favicon, so no 404), served and opened once per test file. Returns the skip reason
 * and a getter for the open site (undefined when Chromium is missing).
 */
export function fixtureSite(
  pages: Readonly<Record<string, string>>,
  prefix: string
): {skip: string | false; site: () => Site} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, body] of Object.entries(pages))
    writeFileSync(
      join(dir, name),
      `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>${body}</body></html>`
    );
  const skip = browserSkipReason();
  let site: Site | undefined;
  before(async () => void (site = skip ? undefined : await openSite(dir)));
  after(async () => {
    await site?.close();
    rmSync(dir, {recursive: true, force: true});
  });
  return {
    skip,
    site: () => {
      if (site === undefined) throw new Error("fixture site is not open");
      return site;
    }
  };
}
