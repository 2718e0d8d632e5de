import {InputError} from "./errors.js";

/** Parsed command-line flags: `--name value`, `--flag`, and positionals. */
export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** parseArgs(["--rows", "10", "--dry-run", "x"]) → {positionals: ["x"], flags: {rows: "10", "dry-run": true}} */
export function parseArgs(argv: string[], booleans: ReadonlySet<string> = new Set()): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (booleans.has(a.slice(2)) || i + 1 >= argv.length || argv[i + 1].startsWith("--"))
        flags.set(a.slice(2), true);
      else flags.set(a.slice(2), argv[++i]);
    } else positionals.push(a);
  }
  return {positionals, flags};
}

/** The string value of a flag, or the default; throws InputError when required and missing. */
export function flagString(args: Args, name: string, fallback?: string): string {
  const v = args.flags.get(name);
  if (typeof v === "string") return v;
  if (v === true) throw new InputError(`--${name} needs a value`);
  if (fallback === undefined) throw new InputError(`missing --${name}`);
  return fallback;
}

/** The integer value of a flag, or the default. */
export function flagInt(args: Args, name: string, fallback: number): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = typeof v === "string" ? Number(v.replace(/_/g, "")) : NaN;
  if (!Number.isSafeInteger(n)) throw new InputError(`--${name}: not an integer ${JSON.stringify(v)}`);
  return n;
}

/** The comma-separated values of a flag, trimmed, empty items dropped; undefined when the flag is not given. */
export function flagList(args: Args, name: string): string[] | undefined {
  return args.flags.has(name)
    ? flagString(args, name)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}

/** The finite number value of a flag, or undefined when the flag is not given. */
export function flagNumber(args: Args, name: string): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new InputError(`--${name}: not a number ${JSON.stringify(v)}`);
  return n;
}
