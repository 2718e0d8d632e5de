import {JSDOM} from "jsdom";

/**
 * Renders a chart component (`(document) => Element`, e.g. a Plot chart given `document`) in a jsdom document and
 * returns its markup: static SVG (and a Plot legend's HTML and scoped style), no script, no external reference.
 *
 * @example renderChart((document) => ControlChart(limits, {document, width: 720}));
 */
export function renderChart(draw: (document: Document) => Element): string {
  const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
  const node = draw(document);
  return node.outerHTML;
}
