import {times, type Bench} from "./bench.js";
import type {Measured} from "./measure.js";
import type {PeerTimes} from "./pythonPeer.js";

/**
 * P2's line for one step (or that it was not measured, when the peer is missing): the peer's computation alone (its CSV load apart) ÷ the workbench's whole process, in wall
 * and CPU time, against the target; the check that both computed the same; a wrong peer version said plainly.
 */
export function p2Ratio<T extends PeerTimes>(
  bench: Bench,
  {
    what,
    target,
    ours,
    peer,
    phase,
    name,
    version,
    same
  }: {
    what: string;
    target: number;
    ours: Measured;
    peer: {result: T; m: Measured} | undefined;
    phase: string;
    name: string;
    version: string;
    same: (result: T) => {ok: boolean; text: string};
  }
): void {
  if (!peer) {
    bench.ratio(`P2 ${what}, ${bench.size.toLocaleString("en")} rows: not measured, ${name} ${version} is missing`);
    return;
  }
  const r = peer.result;
  const check = same(r);
  const found = r.versions[name.toLowerCase()];
  const wall = r.seconds[phase] / ours.seconds;
  const verdict =
    found !== version
      ? `**${name} ${found}, not ${version}: not a P2 figure**`
      : !check.ok
        ? "**not comparable: the values differ**"
        : `**${wall >= target ? "met" : "not met"}**`;
  bench.ratio(
    `P2 ${what}, ${bench.size.toLocaleString("en")} rows (target ≥ ${target}×): ${name} ${found} ${r.seconds[phase].toFixed(2)} s ` +
      `÷ workbench ${ours.seconds.toFixed(2)} s = **${times(r.seconds[phase], ours.seconds)}** wall ` +
      `(CPU ${r.cpu_seconds[phase].toFixed(2)} s ÷ ${ours.cpuSeconds.toFixed(2)} s = ${times(r.cpu_seconds[phase], ours.cpuSeconds)}), ${verdict}. ` +
      `Workbench: the whole CLI process; peer: its computation alone, after its ${r.seconds.load.toFixed(1)} s CSV load ` +
      `(${times(r.seconds[phase] + r.seconds.load, ours.seconds)} counting it). Peak RSS: workbench ${ours.peakRssMb} MB, peer ${peer.m.peakRssMb} MB. ` +
      `Checked: ${check.text}`
  );
}
