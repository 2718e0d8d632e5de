/**
 * The workbench CLI: `npm run -s workbench -- <command> [flags] [--format json] [--debug]`.
 * stdout carries only the result (one JSON document with --format json); logs go to stderr.
 * Exit 0 success, 1 a check failed, 2 unusable input or config. Every error is one line on stderr
 * (`error: <message>`); `--debug` or `WORKBENCH_DEBUG=1` adds the stack trace and the full message.
 */
import {parseArgs} from "./cli/args.js";
import {errorLine} from "./cli/errorLine.js";
import {CheckFailed} from "./cli/errors.js";
import {isDebug} from "./cli/isDebug.js";
import {commands} from "./commands/index.js";

async function main(argv: string[]): Promise<number> {
  const debug = isDebug(argv);
  const log = (message: string) => void process.stderr.write(message + "\n");
  const json = argv.includes("--format=json") || argv.some((a, i) => a === "--format" && argv[i + 1] === "json");
  try {
    return await run(
      argv.filter((a) => a !== "--debug"),
      log
    );
  } catch (error) {
    // an InputError is the user's to fix (exit 2, one line); anything else is a bug: one line too, unless --debug
    log(`error: ${errorLine(error)}`);
    if (debug && error instanceof Error) log(error.stack ?? error.message);
    if (json) process.stdout.write(JSON.stringify({error: errorLine(error)}) + "\n");
    return 2;
  }
}

async function run(argv: string[], log: (message: string) => void): Promise<number> {
  const [name, ...rest] = argv;
  const load = Object.hasOwn(commands, name ?? "") ? commands[name] : undefined;
  if (!load) {
    const all = await Promise.all(Object.values(commands).map((l) => l()));
    const list = all.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n");
    process.stderr.write(
      `${name && name !== "help" ? `unknown command: ${name}\n` : ""}usage: workbench <command> [flags]\n${list}\n`
    );
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const command = await load();
  const args = parseArgs(rest, new Set(["help", ...(command.booleans ?? [])]));
  if (args.flags.has("help")) {
    process.stdout.write(`${command.help ? await command.help() : command.usage}\n`);
    return 0;
  }
  const format = args.flags.get("format") === "json" ? "json" : "text";
  const print = (result: unknown) =>
    process.stdout.write(
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

// An error escaping every await (a stream's late "error" event) still ends in one line and exit 2.
for (const event of ["uncaughtException", "unhandledRejection"] as const)
  process.on(event, (error: unknown) => {
    process.stderr.write(`error: ${errorLine(error)}\n`);
    if (isDebug(process.argv) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  });
process.exitCode = await main(process.argv.slice(2));
