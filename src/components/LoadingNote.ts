import {html} from "htl";

/**
 * A "loading" note for data that takes a while (a system's row-level decisions on the Fairness page): it shows
 * `text` until `promise` settles, then hides itself; meanwhile the page's result cards are dimmed (class
 * `wb-loading` on the body, see style.css), so results of the previous choice are not read as the new ones.
 * A note replaced by a newer one (another choice made while loading) stops counting.
 *
 * @example display(LoadingNote(pending.db, "Loading credit-line's decisions…"))
 */
export function LoadingNote(promise: Promise<unknown>, text: string): HTMLElement {
  const note = html`<p class="loading-note" role="status" aria-live="polite">${text}</p>` as HTMLElement;
  const body = note.ownerDocument.body;
  const token = String(Math.random());
  body.classList.add("wb-loading");
  body.dataset.loadingToken = token;
  const done = () => {
    note.hidden = true;
    if (body.dataset.loadingToken === token) body.classList.remove("wb-loading");
  };
  promise.then(done, done);
  return note;
}
