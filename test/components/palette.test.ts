import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {it} from "node:test";
import {categorical, decisionColors, decisionScale, keyedColors, palette} from "../../src/components/palette.js";

const src = join(import.meta.dirname, "..", "..", "src");
const HEX = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g;

/** Every page, component and library file, and the stylesheet outside its :root block of colour variables. */
function sources(): {file: string; text: string}[] {
  const files = readdirSync(src, {recursive: true, encoding: "utf8"}).filter(
    (f) =>
      /\.(md|ts|css)$/.test(f) && !f.startsWith(".observablehq") && !f.endsWith("palette.ts") && !f.startsWith("data")
  );
  return files.map((f) => {
    const text = readFileSync(join(src, f), "utf8");
    return {file: relative(src, join(src, f)), text: f === "style.css" ? text.replace(/:root\s*\{[^}]*\}/, "") : text};
  });
}

it("no page, component, library file or style rule writes a colour of its own: they come from palette.ts", () => {
  const found = sources().flatMap(({file, text}) => [...text.matchAll(HEX)].map((m) => `${file}: ${m[0]}`));
  assert.deepEqual(found, []);
});

it("one colour per verdict: pass and fail, reference and current never share a colour", () => {
  assert.notEqual(palette.ok, palette.alarm);
  assert.notEqual(palette.reference, palette.ok);
  assert.notEqual(palette.champion, palette.challenger);
  assert.equal(decisionColors.approve, decisionColors.pass); // the favourable decision of each system
  assert.notEqual(decisionColors.approve, decisionColors.decline);
});

it("keyedColors gives a key the same colour whatever the order it comes in", () => {
  assert.deepEqual(keyedColors(["fraud-screen", "credit-line", "credit-line"]), {
    domain: ["credit-line", "fraud-screen"],
    range: [categorical[0], categorical[1]]
  });
  assert.deepEqual(decisionScale(["refer", "approve", "weird"]), {
    domain: ["refer", "approve", "weird"],
    range: [decisionColors.refer, decisionColors.approve, categorical[0]]
  });
});
