import {join} from "node:path";
import {ROOT, type Bench} from "./bench.js";
import {measure, type Measured} from "./measure.js";
import {peerSource} from "./peerSource.js";
import {PYTHON, PYTHON_ENV, ensurePython} from "./python.js";

/** What every peer script prints besides its values: in-process timings of its phases, peak RSS, versions. */
export interface PeerTimes {
  seconds: Record<string, number>;
  cpu_seconds: Record<string, number>;
  peak_rss_mb: number;
  versions: Record<string, string>;
}

export interface PythonPeer {
  /** e.g. "Evidently 0.2.8" */
  name: string;
  /** The environment variable naming its source (e.g. EVIDENTLY_SRC) and a file that must be in it. */
  variable: string;
  marker: string;
  /** bench/peers/<script>.py and its arguments. */
  script: string;
  args: string[];
  /** Python modules it imports, with their Debian packages. */
  modules: Record<string, string>;
}

/**
 * Runs a Python peer from its public source (the folder its environment variable names) with Debian's Python,
 * under GNU time, records it and its load and compute phases, and returns its output; when the source is missing,
 * records that plainly and returns undefined.
 */
export async function pythonPeer<T>(
  bench: Bench,
  peer: PythonPeer
): Promise<{result: T & PeerTimes; m: Measured} | undefined> {
  const source = peerSource(peer.variable, peer.marker);
  if ("missing" in source) {
    bench.record({step: `peer: ${peer.name}`, note: `MISSING: ${source.missing}`});
    return undefined;
  }
  ensurePython(peer.modules);
  const m = await measure(PYTHON, [join(ROOT, "bench/peers", peer.script), ...peer.args], {
    env: {...PYTHON_ENV, [peer.variable]: source.src}
  });
  const result = JSON.parse(m.stdout) as T & PeerTimes;
  const versions = Object.entries(result.versions)
    .filter(([k]) => k !== "source")
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  bench.record({step: `peer: ${peer.name} (${versions}; load CSV, then compute)`, rows: bench.size, m});
  for (const [phase, seconds] of Object.entries(result.seconds))
    bench.record({
      step: `peer: ${peer.name}, ${phase}`,
      note: `${seconds.toFixed(1)} s wall, ${result.cpu_seconds[phase].toFixed(1)} s CPU (inside the process above)`
    });
  return {result, m};
}
