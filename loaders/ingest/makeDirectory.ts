import {mkdir, stat} from "node:fs/promises";
import {dirname, resolve} from "node:path";

/**
 * `mkdir -p`: creates `path` and its missing parents, one `mkdir` each from the top. Not Node's
 * `mkdir(path, {recursive: true})`, which never returns where the kernel answers ENOENT for a folder whose parent
 * exists (under /proc, Node 20): here that is an ENOENT error like any other.
 *
 * @throws the first mkdir error other than EEXIST (ENOENT, ENOTDIR, EACCES, EPERM, EROFS, ...)
 * @example await makeDirectory("data/.work/credit-line/.ingest/decisions")
 */
export async function makeDirectory(path: string): Promise<void> {
  const missing: string[] = [];
  for (let p = resolve(path); !(await stat(p).catch(() => undefined)); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse())
    await mkdir(p).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
}
