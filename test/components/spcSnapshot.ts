import assert from "node:assert/strict";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {JSDOM} from "jsdom";

/** A fresh jsdom document for rendering Plot charts in Node. */
export const newDocument = (): Document => new JSDOM("<!DOCTYPE html><body></body>").window.document;

const here = import.meta.dirname;

/**
 * Compares the chart's SVG (Plot's `svg.plot-…`, without the HTML legend), numbers rounded to 2 decimals,
 * with test/components/snapshots/<name>.svg; writes the snapshot when it does not exist yet and, on a
 * mismatch, the new SVG to test/.out/<name>-changed.svg (Plot's snapshot convention).
 */
export function assertSnapshot(chart: Element, name: string): void {
  const svg = chart.matches('svg[class^="plot-"]') ? chart : chart.querySelector('svg[class^="plot-"]');
  assert.ok(svg, `${name}: no Plot svg`);
  const actual = svg.outerHTML.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100)) + "\n";
  const file = join(here, "snapshots", `${name}.svg`);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (actual !== expected) {
    const out = join(here, "..", ".out");
    mkdirSync(out, {recursive: true});
    writeFileSync(join(out, `${name}-changed.svg`), actual);
  }
  assert.ok(actual === expected, `${name}: snapshot differs, see test/.out/${name}-changed.svg`);
}
