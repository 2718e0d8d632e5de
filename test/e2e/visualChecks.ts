/**
 * What a reader would see is wrong on a page, measured in the browser: the visual sanity checks of
 * test/e2e/visual.test.ts. Each function runs in the page (Playwright `evaluate`) and returns one line per problem,
 * naming the element, so a failing test says where to look.
 */
import type {Page} from "playwright-core";

/** Plot's mark groups that are not data: axes, grids, the frame, tips. */
const NON_DATA = /axis|grid|frame|tip/;

/**
 * Plot charts whose data marks lie outside their frame: for every Plot SVG (`svg[class^=plot]`) of visible size,
 * each data mark element (the children of its `g[aria-label]` groups that are not axes, grids, frame or tips) must
 * lie inside the SVG's box (1 px of tolerance), and a chart with data marks must show at least one. A chart whose
 * dots are drawn off the canvas (a percent scale with a [0, 1] domain) shows as empty and fails here.
 */
export function marksOutsideFrame(page: Page): Promise<string[]> {
  return page.evaluate((nonData) => {
    const problems: string[] = [];
    const skip = new RegExp(nonData);
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg[class^="plot"]')].filter((svg) => {
      const box = svg.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !svg.closest("[hidden], details:not([open])");
    });
    charts.forEach((svg, index) => {
      const frame = svg.getBoundingClientRect();
      const title = svg.closest(".card")?.querySelector("h2")?.textContent?.trim() ?? `chart ${index + 1}`;
      const page = location.pathname;
      let shapes = 0;
      let outside = 0;
      let example = "";
      for (const group of svg.querySelectorAll<SVGGElement>(":scope > g[aria-label]")) {
        const label = group.getAttribute("aria-label") ?? "";
        if (skip.test(label)) continue;
        for (const shape of group.querySelectorAll<SVGGraphicsElement>(
          "circle, rect, path, line, text, polygon, image"
        )) {
          const box = shape.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          shapes++;
          const inside =
            box.left >= frame.left - 1 &&
            box.right <= frame.right + 1 &&
            box.top >= frame.top - 1 &&
            box.bottom <= frame.bottom + 1;
          if (!inside) {
            outside++;
            example ||= `${label} at x ${Math.round(box.left - frame.left)}..${Math.round(box.right - frame.left)}, y ${Math.round(box.top - frame.top)}..${Math.round(box.bottom - frame.top)} of ${Math.round(frame.width)}×${Math.round(frame.height)}`;
          }
        }
      }
      if (outside > 0)
        problems.push(`${page} "${title}": ${outside} of ${shapes} data mark(s) outside the frame (${example})`);
    });
    return problems;
  }, NON_DATA.source);
}

/**
 * Axis ticks drawn without a label: a tick label of a visible Plot chart whose text is empty. d3's log-scale
 * tickFormat blanks the labels it finds crowded, which left the fairness band edge 0.8 as a bare tick; a log axis
 * without labelled ticks cannot be read (docs/conventions.md).
 */
export function blankTickLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    document.querySelectorAll<SVGSVGElement>('svg[class^="plot"]').forEach((svg, index) => {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || svg.closest("[hidden], details:not([open])")) return;
      const title = svg.closest(".card")?.querySelector("h2")?.textContent?.trim() ?? `chart ${index + 1}`;
      for (const group of svg.querySelectorAll(':scope > g[aria-label$="-axis tick label"]')) {
        const texts = [...group.querySelectorAll("text")];
        const blank = texts.filter((t) => (t.textContent ?? "").trim() === "").length;
        if (blank > 0)
          problems.push(
            `${location.pathname} "${title}": ${blank} of ${texts.length} ${group.getAttribute("aria-label")}(s) empty`
          );
      }
    });
    return problems;
  });
}

/** Visible text that is an unfilled template (`${`) or a raw epoch time in milliseconds ("1775743196722", "1,775,743,196,722"). */
export function templateOrEpochText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const problems: string[] = [];
    for (const m of text.matchAll(/.{0,30}\$\{.{0,30}/g)) problems.push(`literal template text: "${m[0].trim()}"`);
    for (const m of text.matchAll(/.{0,30}(?<![\d.]|\d,)(1[5-9]\d{11}|1,[5-9]\d{2}(?:,\d{3}){3})(?!\d|,\d{3}).{0,10}/g))
      problems.push(`raw epoch number: "${m[0].trim()}"`);
    return problems.map((p) => `${location.pathname}: ${p}`);
  });
}

/**
 * Text that does not fit where it is put: a table cell whose content is wider than the cell (cut off, or hidden
 * behind an ellipsis), a card whose content is wider than the card, and a table wider than its container (columns
 * hidden behind a horizontal scroll).
 */
export function overflowingText(page: Page): Promise<string[]> {
  // No named helper functions inside evaluate: tsx (esbuild keepNames) would wrap them in a __name() call that does
  // not exist in the page.
  return page.evaluate(() => {
    const problems: string[] = [];
    const checks: [Element, number, number, string][] = [];
    for (const cell of document.querySelectorAll("td, th"))
      checks.push([cell, cell.scrollWidth, cell.clientWidth, "text overflows its cell"]);
    for (const card of document.querySelectorAll(".card"))
      checks.push([card, card.scrollWidth, card.clientWidth, "content overflows its card"]);
    for (const table of document.querySelectorAll("table")) {
      const box = table.parentElement;
      if (box && getComputedStyle(box).overflowX !== "visible")
        checks.push([table, box.scrollWidth, box.clientWidth, "table wider than its container"]);
    }
    for (const [element, scroll, client, what] of checks) {
      if ((element as HTMLElement).offsetParent === null || client === 0 || scroll <= client + 1) continue;
      const card = element.closest(".card")?.querySelector("h2")?.textContent?.trim();
      const text = (element.textContent ?? "").trim().slice(0, 50);
      problems.push(
        `${location.pathname}: ${what} (${scroll} > ${client} px): ${card ? `"${card}": ` : ""}${element.tagName.toLowerCase()} "${text}"`
      );
    }
    return problems;
  });
}

/** Every link of the sidebar and the pager as absolute URLs (deduplicated), to fetch from the static server. */
export function navigationLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set(
      [
        ...document.querySelectorAll<HTMLAnchorElement>(
          "#observablehq-sidebar a[href], a[rel=prev][href], a[rel=next][href]"
        )
      ].map((a) => a.href.split("#")[0])
    )
  ]);
}
