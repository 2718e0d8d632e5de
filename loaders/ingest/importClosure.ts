import {existsSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {dirname, join, relative, resolve} from "node:path";

/**
 * The TypeScript files a module depends on through relative imports, itself included, as paths relative to
 * `root`, sorted: follows `from "./x.js"`, `import "./x.js"` and `import("./x.js")` with a string literal,
 * mapping `.js` to the `.ts` file beside it. Package imports are not followed (the lockfile covers them).
 * A missing entry gives an empty list. For stamps that must change whenever code a generator runs changes.
 *
 * @example await importClosure("/repo", "loaders/generate/generate.ts") // => ["loaders/cli/errors.ts", "loaders/generate/calendar.ts", ...]
 */
export async function importClosure(root: string, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = await readFile(file, "utf8");
    for (const m of text.matchAll(/(?:from\s+|import\s*\(?\s*)"(\.{1,2}\/[^"]+)"/g)) {
      const target = resolve(dirname(file), m[1]);
      const ts = target.replace(/\.js$/, ".ts");
      await visit(existsSync(ts) ? ts : target);
    }
  };
  await visit(join(root, entry));
  return [...seen].map((f) => relative(root, f)).sort();
}
