import {readFileSync} from "node:fs";
import {join, sep} from "node:path";

/** The installed package that contains a file. */
export interface InstalledPackage {
  name: string;
  version: string;
  /** Absolute directory of the package (`…/node_modules/@scope/name`). */
  dir: string;
}

const versions = new Map<string, string>();

/**
 * The package that owns `file`, found from the path's last `node_modules/` segment (so nested copies such as
 * `node_modules/a/node_modules/b` are told apart), with the version read from its `package.json`.
 *
 * @throws {Error} `not inside node_modules: <file>`; `no version in <dir>/package.json`.
 * @example
 * installedPackage("/p/node_modules/d3-array/src/bin.js"); // => {name: "d3-array", version: "3.2.4", dir: "/p/node_modules/d3-array"}
 */
export function installedPackage(file: string): InstalledPackage {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) throw new Error(`not inside node_modules: ${file}`);
  const rest = file.slice(at + marker.length).split(sep);
  const name = rest.slice(0, rest[0].startsWith("@") ? 2 : 1).join("/");
  const dir = file.slice(0, at + marker.length) + name.split("/").join(sep);
  let version = versions.get(dir);
  if (version === undefined) {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf-8")) as {version?: unknown};
    if (typeof pkg.version !== "string") throw new Error(`no version in ${dir}/package.json`);
    versions.set(dir, (version = pkg.version));
  }
  return {name, version, dir};
}
