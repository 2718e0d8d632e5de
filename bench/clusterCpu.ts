import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";

const TICKS_PER_SECOND = 100; // Linux USER_HZ (getconf CLK_TCK) on x86-64

/** The CPU fields of /proc/<pid>/stat: utime, stime, cutime, cstime, in ticks (fields 14-17, after the comm). */
function stat(pid: number): [number, number, number, number] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): utime is field 14
    return [11, 12, 13, 14].map((i) => Number(fields[i])) as [number, number, number, number];
  } catch {
    return undefined; // the process ended
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const m = /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds a PostgreSQL cluster has used so far: its postmaster's own time, the time of its children that have
 * ended (the postmaster waits for its backends, so theirs is in its cutime + cstime) and the time of its live
 * children (backends, checkpointer, ...). The difference of two readings is the cluster's CPU in between, which
 * GNU time cannot see (the work runs in the servers, not in the workbench process). Linux only; reads
 * `<dataDir>/postmaster.pid`.
 *
 * @example const before = clusterCpuSeconds(dir); await work(); clusterCpuSeconds(dir) - before
 */
export function clusterCpuSeconds(dataDir: string): number {
  const postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const own = stat(postmaster);
  if (!own) throw new Error(`clusterCpuSeconds: no postmaster ${postmaster} for ${dataDir}`);
  let ticks = own[0] + own[1] + own[2] + own[3];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || parentOf(pid) !== postmaster) continue;
    const s = stat(pid);
    if (s) ticks += s[0] + s[1];
  }
  return ticks / TICKS_PER_SECOND;
}
