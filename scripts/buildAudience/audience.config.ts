/**
 * The Framework config of an audience build (see scripts/buildAudience.ts, which sets the environment):
 * the shared siteConfig of observablehq.config.ts with the audience's title and pages, the staged source
 * folder `WORKBENCH_AUDIENCE_ROOT` (only the audience's pages in it) and the output folder `WORKBENCH_AUDIENCE_OUTPUT`.
 */
import {siteConfig} from "../../observablehq.config.js";
import {audiences} from "./audiences.js";

const name = process.env.WORKBENCH_AUDIENCE ?? "";
const audience = audiences[name];
const root = process.env.WORKBENCH_AUDIENCE_ROOT;
const output = process.env.WORKBENCH_AUDIENCE_OUTPUT;
if (!audience) throw new Error(`unknown WORKBENCH_AUDIENCE: ${JSON.stringify(name)} (${Object.keys(audiences)})`);
if (!root || !output)
  throw new Error("WORKBENCH_AUDIENCE_ROOT and WORKBENCH_AUDIENCE_OUTPUT must be set: run scripts/buildAudience.ts");

export default siteConfig({title: audience.title, pages: audience.pages, root, output, sidebar: audience.sidebar});
