import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

/** One ingest run as the Lineage page draws it (a subset of loaders/governance/lineageReport's LineageRun). */
export interface LineageRunLike {
  system: string;
  object: string;
  contract: {version: string};
  sources: {file: string; rows: {read: number}}[];
  outputs: {file: string; rows: number; status: "ok" | "mismatch" | "missing"}[];
}

/**
 * The lineage of ingest runs as a three-column graph: source files (left) → the ingest of a contract object
 * (middle, with the contract version) → output files (right), links labelled with row counts. An output whose
 * checksum does not match its manifest (or is missing) is drawn in red.
 *
 * @example LineageGraph(runs, {width})
 */
export function LineageGraph(runs: readonly LineageRunLike[], {width}: {width?: number} = {}) {
  const nodes: {x: number; y: number; label: string; status: string}[] = [];
  const links: {x1: number; y1: number; x2: number; y2: number; rows: number; status: string}[] = [];
  let row = 0;
  for (const run of runs) {
    const height = Math.max(run.sources.length, run.outputs.length, 1);
    const middle = row + (height - 1) / 2;
    nodes.push({
      x: 1,
      y: middle,
      label: `${run.system} / ${run.object} · contract ${run.contract.version}`,
      status: "ok"
    });
    run.sources.forEach((s, i) => {
      const y = row + i + (height - run.sources.length) / 2;
      nodes.push({x: 0, y, label: `${s.file} · ${s.rows.read.toLocaleString("en-US")} rows`, status: "ok"});
      links.push({x1: 0, y1: y, x2: 1, y2: middle, rows: s.rows.read, status: "ok"});
    });
    run.outputs.forEach((o, i) => {
      const y = row + i + (height - run.outputs.length) / 2;
      nodes.push({
        x: 2,
        y,
        label: `${o.file} · ${o.rows.toLocaleString("en-US")} rows${o.status === "ok" ? "" : ` (${o.status})`}`,
        status: o.status
      });
      links.push({x1: 1, y1: middle, x2: 2, y2: y, rows: o.rows, status: o.status});
    });
    row += height + 0.6;
  }
  const color = (status: string) => (status === "ok" ? palette.muted : palette.alarm);
  const sources = nodes.filter((n) => n.x === 0);
  const outputs = nodes.filter((n) => n.x === 2);
  const middles = nodes.filter((n) => n.x === 1);
  return Plot.plot({
    width,
    height: 50 + row * 26,
    marginLeft: 10,
    marginRight: 10,
    marginTop: 24,
    x: {axis: null, domain: [-0.75, 2.75]},
    y: {axis: null, domain: [row - 0.6, -0.6]},
    marks: [
      Plot.link(links, {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        stroke: (d) => color(d.status),
        strokeOpacity: 0.6,
        curve: "bump-x"
      }),
      Plot.dot(nodes, {x: "x", y: "y", r: 4, fill: (d) => color(d.status)}),
      // sources labelled to the left of their dots and outputs to the right, clear of the links
      Plot.text(sources, {x: "x", y: "y", text: "label", dx: -8, textAnchor: "end", fill: "currentColor"}),
      Plot.text(outputs, {
        x: "x",
        y: "y",
        text: "label",
        dx: 8,
        textAnchor: "start",
        fill: (d) => (d.status === "ok" ? "currentColor" : palette.alarm)
      }),
      Plot.text(middles, {
        x: "x",
        y: "y",
        text: "label",
        dy: -12,
        fontWeight: "bold",
        stroke: "white",
        strokeWidth: 4,
        paintOrder: "stroke",
        fill: "currentColor"
      })
    ]
  });
}
