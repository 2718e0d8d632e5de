import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

/** What a completed run leaves behind: the inputs' hash and every file it wrote (relative to the cache). */
export interface OfflineStamp {
  hash: string;
  files: string[];
}

/**
 * SHA-256 over the given input files (path and contents, in the order given): with package-lock.json and the
 * cache-filling scripts as inputs, equal hashes mean the cache would be rebuilt identically.
 *
 * @throws {Error} Node's ENOENT if an input file is missing.
 * @example
 * hashInputs(["package-lock.json", "scripts/offlineCache.ts"]); // => "3f1c…" (64 hex digits)
 */
export function hashInputs(files: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/**
 * Whether the stamp at `stampFile` records `hash` and every file it lists still exists under `cacheDir`
 * (so deleting part of the cache by hand forces a rebuild). A missing or unreadable stamp is not current.
 * @example
 * isStampCurrent("src/.observablehq/cache/offline-npm-stamp.json", "src/.observablehq/cache", hash); // => true
 */
export function isStampCurrent(stampFile: string, cacheDir: string, hash: string): boolean {
  let stamp: OfflineStamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf-8")) as OfflineStamp;
  } catch {
    return false;
  }
  return stamp.hash === hash && Array.isArray(stamp.files) && stamp.files.every((f) => existsSync(join(cacheDir, f)));
}
