import {fileURLToPath} from "node:url";

/** The contracts folder of this repository: `<system>.odcs.yaml` and `<system>.costs.yaml` per system. */
export const contractsDir = fileURLToPath(new URL("../../data/contracts", import.meta.url));
