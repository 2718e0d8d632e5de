/**
 * Waiting for a Framework page to settle, shared by the e2e tests (site.ts) and `npm run screenshots`: install
 * `recordRuntimes` as an init script before navigating, then `await waitForCells(page)`.
 */
import type {Page} from "playwright-core";

/**
 * Records each Observable runtime the page creates in `window.__workbenchRuntimes`, by noticing the
 * `Object.defineProperties` call of @observablehq/runtime 6's `Runtime` constructor (pinned with Framework
 * 1.13.4; Framework's built client does not export its runtime). Runs before any page script.
 */
export function recordRuntimes(): void {
  const defineProperties = Object.defineProperties;
  Object.defineProperties = function <T>(target: T, properties: PropertyDescriptorMap & ThisType<unknown>): T {
    const result = defineProperties.call(Object, target, properties) as T;
    if ("_computing" in properties && "_variables" in properties) {
      const w = window as unknown as {__workbenchRuntimes?: unknown[]};
      (w.__workbenchRuntimes ??= []).push(target);
    }
    return result;
  };
}

/** How many Observable runtimes the page created (1 on a Framework page; 0 means `waitForCells` saw none). */
export function runtimeCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as {__workbenchRuntimes?: unknown[]}).__workbenchRuntimes?.length ?? 0);
}

/**
 * Waits until every Framework cell has settled: the document has loaded, no cell shows its loading placeholder,
 * no Observable runtime is computing, and every variable's current value promise has resolved or rejected (so
 * cells that only declare a value, such as a ```sql block with an `id`, count too); then until the network is
 * idle. Uses the internals `_computing`, `_variables` and `_promise` of @observablehq/runtime 6. A page driven
 * by `now` never settles.
 * @throws {Error} Playwright's TimeoutError after `timeout` ms.
 */
export async function waitForCells(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      type Runtime = {_computing: Promise<void> | null; _variables: Set<{_promise: Promise<unknown>}>};
      type State = {__workbenchRuntimes?: Runtime[]; __workbenchSettled?: WeakMap<Promise<unknown>, boolean>};
      const w = window as unknown as State;
      const settled = (w.__workbenchSettled ??= new WeakMap());
      let done = document.readyState === "complete" && document.querySelector("observablehq-loading") === null;
      for (const runtime of w.__workbenchRuntimes ?? []) {
        if (runtime._computing !== null) done = false;
        for (const {_promise: promise} of runtime._variables) {
          if (!settled.has(promise)) {
            settled.set(promise, false);
            promise.then(
              () => settled.set(promise, true),
              () => settled.set(promise, true)
            );
          }
          if (!settled.get(promise)) done = false;
        }
      }
      return done;
    },
    undefined,
    {timeout}
  );
  await page.waitForLoadState("networkidle", {timeout});
}
