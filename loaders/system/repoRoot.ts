import {fileURLToPath} from "node:url";

/** This repository's root folder, resolved from this file (Framework runs data loaders from its own cwd). */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
