import {execFileSync, spawnSync} from "node:child_process";
import {say} from "./bench.js";

/** Debian's Python, where apt-get installs the peers' packages. */
export const PYTHON = "/usr/bin/python3";

/** The environment of a peer's process: no `__pycache__` left in bench/peers. */
export const PYTHON_ENV = {PYTHONDONTWRITEBYTECODE: "1"};

/**
 * Makes sure `/usr/bin/python3` imports every module named, installing the Debian packages given for them with
 * apt-get when it does not (e.g. `{pandas: "python3-pandas", scipy: "python3-scipy"}`).
 *
 * @throws {Error} when apt-get fails
 */
export function ensurePython(modules: Record<string, string>): void {
  const probe = spawnSync(PYTHON, ["-c", `import ${Object.keys(modules).join(", ")}`], {stdio: "ignore"});
  if (probe.status === 0) return;
  const packages = [...new Set(Object.values(modules))];
  say(`installing ${packages.join(" ")} with apt-get (for the peers)`);
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], {stdio: ["ignore", "ignore", "inherit"]});
}
