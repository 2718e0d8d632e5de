/** A half-open window of days [from, to), in YYYY-MM-DD (UTC). */
export interface DayWindow {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const WINDOW = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/**
 * The two windows the Explain page opens with: the `from` and `to` of its address (`from=2026-02-02..2026-03-02`, as
 * explainHref writes them) where they are valid, else "from" the Drift reference and "to" the last 28 days of data
 * (from lastDay − 27 to the day after lastDay). A window whose end is not after its start is not valid.
 *
 * @example explainWindows("?to=2026-05-04..2026-05-11", {reference: {from: "2026-02-02", to: "2026-03-02"}, lastDay: "2026-06-29"})
 * // => {from: {from: "2026-02-02", to: "2026-03-02"}, to: {from: "2026-05-04", to: "2026-05-11"}}
 */
export function explainWindows(
  search: string,
  {reference, lastDay}: {reference: DayWindow; lastDay: string}
): {from: DayWindow; to: DayWindow} {
  const params = new URLSearchParams(search);
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  if (Number.isNaN(last)) throw new Error(`invalid day: ${lastDay}`);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    from: parseWindow(params.get("from")) ?? reference,
    to: parseWindow(params.get("to")) ?? {from: day(last - 27 * DAY_MS), to: day(last + DAY_MS)}
  };
}

function parseWindow(text: string | null): DayWindow | null {
  const match = WINDOW.exec(text ?? "");
  if (!match) return null;
  const [from, to] = [match[1], match[2]];
  const [a, b] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
  return Number.isNaN(a) || Number.isNaN(b) || b <= a ? null : {from, to};
}
