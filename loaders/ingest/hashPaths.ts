import {createHash} from "node:crypto";
import {readdir, readFile, stat} from "node:fs/promises";
import {join, relative} from "node:path";

/**
 * A sha256 (hex) over files and directories (recursively): each file's path relative to `root` and its
 * bytes, in sorted path order, plus the `extra` strings. Missing paths count as absent (hashed as such),
 * so a stamp changes when a source file appears. For up-to-date checks of generated data.
 *
 * @example await hashPaths("/repo", ["loaders/generate", "data/contracts"], ["rows=250000"]) // => "3f5a..."
 */
export async function hashPaths(
  root: string,
  paths: readonly string[],
  extra: readonly string[] = []
): Promise<string> {
  const hash = createHash("sha256");
  const files: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (!info) return void hash.update(`absent ${relative(root, path)}\0`);
    if (!info.isDirectory()) return void files.push(path);
    for (const entry of await readdir(path)) await walk(join(path, entry));
  };
  for (const p of paths) await walk(join(root, p));
  for (const file of files.sort())
    hash
      .update(`${relative(root, file)}\0`)
      .update(await readFile(file))
      .update("\0");
  for (const e of extra) hash.update(`${e}\0`);
  return hash.digest("hex");
}
