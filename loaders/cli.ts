/**
 * The workbench CLI: `npm run -s workbench -- <command> [flags] [--format json]`.
 * stdout carries only the result (one JSON document with --format json); logs go to stderr.
 * Exit 0 success, 1 a check failed, 2 unusable input or config.
 */
import {parseArgs} from "./cli/args.js";
import {CheckFailed, InputError} from "./cli/errors.js";
import {commands} from "./commands/index.js";

async function main(argv: string[]): Promise<number> {
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
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  const format = args.flags.get("format") === "json" ? "json" : "text";
  const log = (message: string) => void process.stderr.write(message + "\n");
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
    if (error instanceof CheckFailed) {
      print(error.result);
      log(`${error.exitCode === 2 ? "error" : "check failed"}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof InputError) {
      log(`error: ${error.message}`);
      if (format === "json") process.stdout.write(JSON.stringify({error: error.message}) + "\n");
      return 2;
    }
    log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (format === "json") process.stdout.write(JSON.stringify({error: String(error)}) + "\n");
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
