/**
 * True when a process with this id exists (signal 0; EPERM means it exists but is another user's). Used to tell
 * a lock or work folder of a live run from one a killed run left behind.
 *
 * @example processAlive(process.pid) // => true
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
