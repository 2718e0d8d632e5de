import {listSystems} from "../loaders/system/listSystems.js";
import {SYSTEM} from "./bench.js";

/**
 * The ingested files of the benchmarked system in a work directory, from the workbench's own path function (the one
 * place that knows the layout), or undefined when nothing is ingested there yet.
 */
export function systemFiles(work: string): {decisions: string; outcomes?: string} | undefined {
  try {
    return listSystems(work).find((s) => s.name === SYSTEM)?.paths;
  } catch {
    return undefined;
  }
}
