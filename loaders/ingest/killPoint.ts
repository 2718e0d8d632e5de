/**
 * A named step of an ingest run (`staging`, `validating`, `writing <file>`, `commit <step>`). For the
 * kill-at-every-step test only: when `WORKBENCH_KILL_AT` equals the step's name, the process sends itself
 * SIGKILL there, so the test sees exactly what a crash, an OOM kill or a power cut at that point leaves behind.
 * Unset (always, outside that test), it does nothing.
 *
 * @example killPoint("commit switch"); // dies here when WORKBENCH_KILL_AT="commit switch"
 */
export function killPoint(step: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.WORKBENCH_KILL_AT === step) process.kill(process.pid, "SIGKILL");
}
