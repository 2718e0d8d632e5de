import {html} from "htl";

/**
 * A two-column table of named values ({field, text}), for one record: names in the first column, values in the
 * second, long values wrapping inside their cell (class `field-table` in style.css) instead of overflowing it.
 *
 * @example FieldTable([{field: "decided_at", text: "2026-04-09 13:59:56 UTC"}])
 */
export function FieldTable(fields: readonly {field: string; text: string}[]): HTMLTableElement {
  return html`<table class="field-table">
    ${fields.map(
      ({field, text}) =>
        html`<tr>
          <th scope="row">${field}</th>
          <td>${text}</td>
        </tr>`
    )}
  </table>` as HTMLTableElement;
}
