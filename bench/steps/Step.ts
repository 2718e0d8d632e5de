import type {Bench} from "../bench.js";

/**
 * One benchmark step (`npm run bench -- --only <name>`): a file in bench/steps/ and one line in steps/index.ts.
 * A step measures child processes (bench/measure.ts) and records them on the Bench it is given.
 */
export interface Step {
  name: string;
  /** One line for `npm run bench -- --help`. */
  summary: string;
  /** Generated CSV (`raw`) or an ingested system (`system`): made first when missing. */
  needs?: "raw" | "system";
  /** Steps whose measurements this one reads (they run with it, before it). */
  uses?: string[];
  /** A failure is recorded and the run goes on; without it a failure aborts the run. */
  optional?: boolean;
  run(bench: Bench): Promise<void>;
}
