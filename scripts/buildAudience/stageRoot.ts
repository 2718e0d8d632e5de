import {existsSync, mkdirSync, readdirSync, rmSync, symlinkSync} from "node:fs";
import {join, relative} from "node:path";

/**
 * Builds a Framework source folder for one audience at `stage`: a mirror of `src` made of symlinks, in which
 * the only Markdown pages are `pages` (URL paths: "/" is index.md, "/roi" is roi.md, "/a/" is a/index.md).
 * Folders that hold pages are mirrored entry by entry; every other file and folder (components, lib, data
 * loaders, style.css) is one symlink, so data loaders still resolve their imports from their real location.
 * `.observablehq` links to the source's, so the offline npm cache and cached loader outputs are shared.
 * Framework builds every page in its root, whatever the config's page list says: staging is how pages
 * are left out. `sources` maps a URL path to another page file (`{"/": "roi.md"}`: the ROI report staged as
 * index.md, the build's home page). Returns the staged page files, relative to `stage`, sorted.
 *
 * @throws {Error} `page not found: <path>` when a listed page has no Markdown file in src
 */
export function stageRoot(
  src: string,
  stage: string,
  pages: readonly string[],
  sources: Readonly<Record<string, string>> = {}
): string[] {
  const fileOf = (p: string) => (p.endsWith("/") ? `${p}index.md` : `${p}.md`).slice(1);
  const renamed = new Map(Object.entries(sources).map(([path, file]) => [fileOf(path), file]));
  const wanted = new Set(pages.map(fileOf).filter((f) => !renamed.has(f)));
  for (const file of [...wanted, ...renamed.values()])
    if (!existsSync(join(src, file))) throw new Error(`page not found: /${file}`);
  rmSync(stage, {recursive: true, force: true});
  const staged: string[] = [];
  const visit = (dir: string) => {
    mkdirSync(join(stage, dir), {recursive: true});
    for (const entry of readdirSync(join(src, dir), {withFileTypes: true})) {
      const path = join(dir, entry.name);
      const target = join(src, path);
      if (entry.isDirectory() && entry.name !== ".observablehq" && holdsPages(target)) visit(path);
      else if (!entry.name.endsWith(".md") || wanted.has(path)) {
        symlinkSync(relative(join(stage, dir), target), join(stage, path));
        if (entry.name.endsWith(".md")) staged.push(path);
      }
    }
  };
  visit("");
  for (const [file, source] of renamed) {
    rmSync(join(stage, file), {force: true});
    symlinkSync(relative(join(stage, file, ".."), join(src, source)), join(stage, file));
    staged.push(file);
  }
  return staged.sort();
}

function holdsPages(dir: string): boolean {
  return readdirSync(dir, {recursive: true, encoding: "utf8"}).some((f) => f.endsWith(".md"));
}
