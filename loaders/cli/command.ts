import type {Args} from "./args.js";

/** What a command gets: its parsed args and a logger that writes to stderr only. */
export interface CommandContext {
  args: Args;
  log: (message: string) => void;
  format: "text" | "json";
}

/**
 * A CLI command. `run` returns the result document (printed as one JSON document with --format json,
 * or through `text` otherwise). Throw InputError for unusable input (exit 2), CheckFailed when a check
 * fails (exit 1).
 */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** The full `--help` text when it needs modules `run` may not load (default: usage). */
  help?(): Promise<string>;
  booleans?: string[];
  run(context: CommandContext): Promise<unknown>;
  text?(result: unknown): string;
}
