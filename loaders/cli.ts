/**
 * The workbench CLI: `npm run -s workbench -- <command> [flags] [--format json] [--debug]`.
 * stdout carries only the result (one JSON document with --format json); logs go to stderr.
 * Exit 0 success, 1 a check failed, 2 unusable input or config. Every error is one line on stderr
 * (`error: <message>`); `--debug` or `WORKBENCH_DEBUG=1` adds the stack trace and the full message.
 */
import {errorLine} from "./cli/errorLine.js";
import {isDebug} from "./cli/isDebug.js";
import {main} from "./cli/main.js";

// An error escaping every await (a stream's late "error" event) still ends in one line and exit 2.
for (const event of ["uncaughtException", "unhandledRejection"] as const)
  process.on(event, (error: unknown) => {
    process.stderr.write(`error: ${errorLine(error)}\n`);
    if (isDebug(process.argv) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  });
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text)
});
