import {html} from "htl";

/**
 * The width print versions of charts are drawn at: an A4 page's text width (182 mm at 96 px/in) less a card's
 * padding; a chart in a two-column grid gets half of it.
 */
export const PRINT_WIDTH = 640;

/**
 * A chart twice: on screen, drawn by Framework's `resize` at the card's width; in print, drawn again at the A4 text
 * width (PRINT_WIDTH) and shown at that size, so its text prints at the size it was drawn (at least 8 pt with the
 * print stylesheet's 11 px chart font) instead of a screen-wide chart shrunk to fit the page (about 4 pt). `draw`
 * gets `print: true` for the print version, e.g. to draw it shorter. The `screen-only` and `print-only` classes are
 * in style.css.
 *
 * @example ${Printable((width) => BenefitChart(report.monthly, {width}), resize)}
 * @example ${Printable((width) => TrendChart(report.weekly, {width}), resize, {columns: 2})} // in a grid-cols-2
 */
export function Printable<T extends Node>(
  draw: (width: number, print?: boolean) => T,
  resize: (render: (width: number) => T) => Node,
  {columns = 1}: {columns?: 1 | 2} = {}
): HTMLElement {
  return html`<div class="printable">
    <div class="screen-only">${resize((width) => draw(width, false))}</div>
    <div class="print-only">${draw(columns === 2 ? Math.floor(PRINT_WIDTH / 2) - 12 : PRINT_WIDTH, true)}</div>
  </div>` as HTMLElement;
}
