/**
 * Builds the site for one audience: only that audience's pages (scripts/buildAudience/audiences.ts), so the
 * row-level data the other pages load is not in the output at all.
 *
 * Usage: node --import tsx scripts/buildAudience.ts --audience executive [--out <dir>] (default: the audience's
 *   own folder, dist-executive/ for executive: the analyst site in dist/ is left alone)
 *   (npm run build:executive runs the offline cache and the sample first, like npm run build)
 *
 * Stages a source folder of symlinks with only the audience's pages (stageRoot) in a fresh
 * `.tmp/audience-<name>-XXXXXX/src`, runs `observable build` with scripts/buildAudience/audience.config.ts, and
 * removes the staged folder. Framework's progress goes to
 * stderr; exit 2 for bad arguments, Framework's exit code otherwise.
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync} from "node:fs";
import {createRequire} from "node:module";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {audiences} from "./buildAudience/audiences.js";
import {stageRoot} from "./buildAudience/stageRoot.js";

const repo = join(import.meta.dirname, "..");
const {values} = parseArgs({options: {audience: {type: "string"}, out: {type: "string"}}});
const name = values.audience ?? "";
const audience = audiences[name];
if (!audience) {
  process.stderr.write(`usage: buildAudience.ts --audience <${Object.keys(audiences).join("|")}> [--out <dir>]\n`);
  process.exit(2);
}
mkdirSync(join(repo, ".tmp"), {recursive: true});
const work = mkdtempSync(join(repo, ".tmp", `audience-${name}-`));
const stage = join(work, "src");
const staged = stageRoot(
  join(repo, "src"),
  stage,
  audience.pages.flatMap((p) => ("path" in p ? [p.path] : p.pages.map((q) => q.path))),
  audience.sources
);
process.stderr.write(`audience ${name}: pages ${staged.join(", ")} staged in ${stage}\n`);
const bin = join(
  createRequire(import.meta.url).resolve("@observablehq/framework/package.json"),
  "..",
  "dist",
  "bin",
  "observable.js"
);
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", bin, "build", "--config", join(repo, "scripts", "buildAudience", "audience.config.ts")],
  {
    cwd: repo,
    stdio: ["ignore", process.stderr, process.stderr],
    env: {
      ...process.env,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      WORKBENCH_AUDIENCE: name,
      WORKBENCH_AUDIENCE_ROOT: stage,
      WORKBENCH_AUDIENCE_OUTPUT: resolve(repo, values.out ?? audience.output)
    }
  }
);
rmSync(work, {recursive: true, force: true}); // the links only: rm does not follow symlinks
process.exitCode = result.status ?? 1;
