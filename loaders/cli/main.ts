import {parseArgs} from "./args.js";
import {errorLine} from "./errorLine.js";
import {CheckFailed} from "./errors.js";
import {isDebug} from "./isDebug.js";
import {commands} from "../commands/index.js";

/** Where the CLI writes: its result (stdout) and its log and errors (stderr). */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Runs one CLI command and returns its exit code: 0 success, 1 a check failed, 2 unusable input or config (or a
 * bug), with every error one line on stderr (`error: <message>`) and the stack only with `--debug` or
 * `WORKBENCH_DEBUG=1`. loaders/cli.ts calls it with the process's streams; tests call it in-process.
 *
 * @example await main(["ingest", "--contract", "x.odcs.yaml", ...], {stdout, stderr}) // => 0
 */
export async function main(argv: string[], output: CliOutput): Promise<number> {
  const debug = isDebug(argv);
  const log = (message: string) => output.stderr(message + "\n");
  const json = argv.includes("--format=json") || argv.some((a, i) => a === "--format" && argv[i + 1] === "json");
  try {
    return await run(
      argv.filter((a) => a !== "--debug"),
      log,
      output
    );
  } catch (error) {
    // an InputError is the user's to fix (exit 2, one line); anything else is a bug: one line too, unless --debug
    log(`error: ${errorLine(error)}`);
    if (debug && error instanceof Error) log(error.stack ?? error.message);
    if (json) output.stdout(JSON.stringify({error: errorLine(error)}) + "\n");
    return 2;
  }
}

async function run(argv: string[], log: (message: string) => void, output: CliOutput): Promise<number> {
  const [name, ...rest] = argv;
  const load = Object.hasOwn(commands, name ?? "") ? commands[name] : undefined;
  if (!load) {
    const all = await Promise.all(Object.values(commands).map((l) => l()));
    const list = all.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n");
    output.stderr(
      `${name && name !== "help" ? `unknown command: ${name}\n` : ""}usage: workbench <command> [flags]\n${list}\n`
    );
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const command = await load();
  const args = parseArgs(rest, new Set(["help", ...(command.booleans ?? [])]));
  if (args.flags.has("help")) {
    output.stdout(`${command.help ? await command.help() : command.usage}\n`);
    return 0;
  }
  const format = args.flags.get("format") === "json" ? "json" : "text";
  const print = (result: unknown) =>
    output.stdout(
      format === "json"
        ? JSON.stringify(result, null, 2) + "\n"
        : (command.text?.(result) ?? JSON.stringify(result, null, 2)) + "\n"
    );
  try {
    print(await command.run({args, log, format}));
    return 0;
  } catch (error) {
    if (!(error instanceof CheckFailed)) throw error;
    print(error.result);
    log(`${error.exitCode === 2 ? "error" : "check failed"}: ${errorLine(error)}`);
    return error.exitCode;
  }
}
