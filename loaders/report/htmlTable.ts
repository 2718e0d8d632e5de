import {escapeHtml} from "./escapeHtml.js";

/** A column of an HTML table: its header, how a row's cell reads, and whether it is numeric (right-aligned). */
export interface TableColumn<T> {
  header: string;
  cell: (row: T) => string | number | null;
  numeric?: boolean;
  /** A CSS class for the cell from the row (e.g. "fail"), optional. */
  className?: (row: T) => string | null;
}

/**
 * A static HTML table (escaped text, null shown as "–"), for the self-contained report.
 *
 * @example htmlTable([{a: 1}], [{header: "a", cell: (r) => r.a, numeric: true}]);
 */
export function htmlTable<T>(rows: readonly T[], columns: readonly TableColumn<T>[]): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ""}>${escapeHtml(c.header)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${columns
          .map((c) => {
            const v = c.cell(r);
            const classes = [c.numeric ? "num" : null, c.className?.(r) ?? null].filter(Boolean).join(" ");
            return `<td${classes ? ` class="${classes}"` : ""}>${v === null ? "–" : escapeHtml(String(v))}</td>`;
          })
          .join("")}</tr>`
    )
    .join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
