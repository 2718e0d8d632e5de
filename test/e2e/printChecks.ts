/**
 * Printing a page to A4 as a reader would (Chromium's print to PDF), and what would be wrong with the result:
 * text under 8 pt, and more pages than the content needs (a half-empty page). Used by the ROI and Models tests.
 */
import type {Page} from "playwright-core";

/** A4 at 96 px per inch, less the print stylesheet's 14 mm margins: the printed text area in CSS px. */
export const A4_TEXT_WIDTH_PX = Math.floor(((210 - 28) / 25.4) * 96);
export const A4_TEXT_HEIGHT_PX = Math.floor(((297 - 28) / 25.4) * 96);

export interface PrintReport {
  /** Pages of the PDF Chromium prints. */
  pages: number;
  /** Height of the page's content laid out for print at the A4 text width, in px. */
  contentHeight: number;
  /** The fewest pages that content fits on: ceil(contentHeight / A4 text height). */
  neededPages: number;
  /** Visible text printed under `minPt` points: "<size> pt: <text>". */
  smallText: string[];
}

/**
 * Prints the page (print media, A4, backgrounds) and measures its print layout: the PDF's page count, the content
 * height at the A4 text width, and every visible text (HTML and SVG, SVG text scaled by its chart's actual size)
 * smaller than `minPt`. Restores screen media and the viewport afterwards.
 */
export async function printReport(page: Page, {minPt = 8} = {}): Promise<PrintReport> {
  const viewport = page.viewportSize();
  await page.emulateMedia({media: "print"});
  await page.setViewportSize({width: A4_TEXT_WIDTH_PX, height: A4_TEXT_HEIGHT_PX});
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  try {
    const pdf = await page.pdf({format: "A4", printBackground: true, preferCSSPageSize: true});
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const {contentHeight, smallText} = await page.evaluate(
      (minPx) => {
        const small: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node.textContent ?? "").trim();
          const element = node.parentElement;
          if (!text || !element || element.closest("script, style, title")) continue;
          if (element.getClientRects().length === 0 || getComputedStyle(element).visibility === "hidden") continue;
          let size = parseFloat(getComputedStyle(element).fontSize);
          const svg = element.closest("svg");
          if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0)
            size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          if (size < minPx) small.push(`${(size * 0.75).toFixed(1)} pt: ${text.slice(0, 40)}`);
        }
        return {contentHeight: document.documentElement.scrollHeight, smallText: small};
      },
      minPt / 0.75 - 0.01
    );
    return {pages, contentHeight, neededPages: Math.ceil(contentHeight / A4_TEXT_HEIGHT_PX), smallText};
  } finally {
    await page.emulateMedia({media: "screen"});
    if (viewport) await page.setViewportSize(viewport);
  }
}
