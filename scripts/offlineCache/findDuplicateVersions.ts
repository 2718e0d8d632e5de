/** The `packages` map of an npm v2/v3 `package-lock.json`: install path → metadata. */
export type LockPackages = Record<string, {version?: string; link?: boolean}>;

/** A package installed in more than one version. */
export interface DuplicateVersions {
  name: string;
  /** Distinct versions, sorted as strings. */
  versions: string[];
  /** Install paths, as keyed in the lockfile (`node_modules/arquero/node_modules/apache-arrow`). */
  paths: string[];
}

/**
 * Which of `names` the lockfile installs in two or more distinct versions. The name of an install path
 * is what follows its last `node_modules/`; the root entry (`""`) and links are ignored.
 *
 * Why it matters: Framework resolves an unversioned `npm:<name>` to the highest `<name>@<version>` folder
 * in its cache, so a second version of an entry package would silently win.
 *
 * Source: npm docs, package-lock.json "packages" (https://docs.npmjs.com/cli/v11/configuring-npm/package-lock-json).
 * @example
 * findDuplicateVersions({"node_modules/a": {version: "1.0.0"}, "node_modules/b/node_modules/a": {version: "2.0.0"}}, ["a"]);
 * // => [{name: "a", versions: ["1.0.0", "2.0.0"], paths: ["node_modules/a", "node_modules/b/node_modules/a"]}]
 */
export function findDuplicateVersions(packages: LockPackages, names: readonly string[]): DuplicateVersions[] {
  const wanted = new Set(names);
  const found = new Map<string, {versions: Set<string>; paths: string[]}>();
  for (const [path, info] of Object.entries(packages)) {
    const at = path.lastIndexOf("node_modules/");
    if (at < 0 || info.link || info.version === undefined) continue;
    const name = path.slice(at + "node_modules/".length);
    if (!wanted.has(name)) continue;
    const entry = found.get(name) ?? {versions: new Set<string>(), paths: []};
    entry.versions.add(info.version);
    entry.paths.push(path);
    found.set(name, entry);
  }
  return [...found]
    .filter(([, {versions}]) => versions.size > 1)
    .map(([name, {versions, paths}]) => ({name, versions: [...versions].sort(), paths: paths.sort()}))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
