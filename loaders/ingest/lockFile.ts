import {open, readFile, rm} from "node:fs/promises";
import {setTimeout as delay} from "node:timers/promises";
import {processAlive} from "./processAlive.js";

/**
 * Takes an exclusive lock by creating `file` (O_EXCL) with this process's pid; waits while another live
 * process holds it (polling every 200 ms, up to `timeoutMs`); takes over a lock whose process is gone.
 * Returns the release function. For `npm run sample`, which dev and build may start at the same time.
 *
 * @throws {Error} `<file>: still locked by pid N after T s`
 * @example const release = await lockFile("data/.work/sample.lock", log); try { ... } finally { await release(); }
 */
export async function lockFile(
  file: string,
  log: (message: string) => void,
  timeoutMs = 15 * 60_000
): Promise<() => Promise<void>> {
  const start = Date.now();
  let told = false;
  while (true) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, {force: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number(await readFile(file, "utf8").catch(() => ""));
    if (!Number.isSafeInteger(pid) || pid <= 0 || !processAlive(pid)) {
      await rm(file, {force: true});
      continue;
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`${file}: still locked by pid ${pid} after ${Math.round((Date.now() - start) / 1000)} s`);
    if (!told) log(`waiting for pid ${pid}, which holds ${file}`);
    told = true;
    await delay(200);
  }
}
