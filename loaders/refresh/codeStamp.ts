import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {hashPaths} from "../ingest/hashPaths.js";
import {importClosure} from "../ingest/importClosure.js";

/** `.tmp/refresh-code.json`: the code hash of an entry's import closure and what it was taken from. */
interface CodeCache {
  /** The entry and the extra files. */
  key: string;
  code: string;
  /** [path from the root, bytes, modification time] of every hashed file and every folder holding one. */
  files: [string, number, number][];
}

function fingerprint(root: string, file: string): [string, number, number] | null {
  try {
    const {size, mtimeMs} = statSync(join(root, file));
    return [file, size, mtimeMs];
  } catch {
    return null;
  }
}

/**
 * The sha256 of a code entry's import closure (importClosure) and `extra` files (hashPaths), as
 * `hashPaths(root, [...importClosure(root, entry), ...extra])` gives it, remembered in `<root>/.tmp/refresh-code.json`
 * with the size and modification time of every hashed file and of the closure's folders: while none changed (a file
 * edited, added or removed changes its folder's time too), the hash is the remembered one, found with a few
 * hundred `stat`s instead of reading and hashing every file (about 0.2 s of CPU, which every reader of the derived
 * tables paid on each start to learn that they were fresh).
 *
 * @example const code = await codeStamp(REPO_ROOT, "loaders/refresh/derivedTables.ts", ["package-lock.json"]);
 */
export async function codeStamp(root: string, entry: string, extra: readonly string[]): Promise<string> {
  const cacheFile = join(root, ".tmp", "refresh-code.json");
  const key = JSON.stringify([entry, ...extra]);
  try {
    const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as CodeCache;
    if (
      cache.key === key &&
      cache.files.every(([file, size, mtimeMs]) => {
        const now = fingerprint(root, file);
        return now !== null && now[1] === size && now[2] === mtimeMs;
      })
    )
      return cache.code;
  } catch {
    // no cache yet, or an unreadable one: hash the files
  }
  const start = Date.now();
  const closure = await importClosure(root, entry);
  const files = [...closure, ...extra];
  const code = await hashPaths(root, files);
  // a new file in a folder of the closure could be imported from it
  const folders = [...new Set(closure.map((f) => dirname(f)))];
  const seen = [...files, ...folders].map((f) => fingerprint(root, f));
  // a file that changed while it was hashed (or is gone) is not remembered: hash again next time
  if (seen.every((s) => s !== null && s[2] < start))
    try {
      mkdirSync(dirname(cacheFile), {recursive: true});
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify({key, code, files: seen as CodeCache["files"]} satisfies CodeCache));
      renameSync(temporary, cacheFile);
    } catch {
      // a read-only checkout: no cache, the hash is taken each time
    }
  return code;
}
