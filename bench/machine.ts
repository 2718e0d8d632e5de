import {cpus, freemem, loadavg, totalmem} from "node:os";

/** The machine a benchmark ran on, as recorded with its results. */
export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  freeMemoryGb: number;
  /** 1-minute load average when the run started: other work sharing the machine. */
  load: number;
  node: string;
}

/**
 * Describes this machine from `node:os`.
 *
 * @example machine() // => {cores: 2, cpu: "AMD EPYC ...", memoryGb: 23.4, freeMemoryGb: 17.1, load: 6.2, node: "v20.20.2"}
 */
export function machine(): Machine {
  const gb = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: gb(totalmem()),
    freeMemoryGb: gb(freemem()),
    load: Math.round(loadavg()[0] * 10) / 10,
    node: process.version
  };
}
