import type {Page} from "playwright-core";

/** A page state worth a screenshot of its own: what a reader sees after doing something on the page. */
export interface ScreenshotState {
  /** The page's file name without `.html` (`index` for `/`). */
  page: string;
  /** Short kebab-case name: the files are `<page>@<name>.png`. */
  name: string;
  /** Brings the page into the state; the cells are waited for afterwards. */
  act(page: Page): Promise<void>;
  /** Also print the page to an A4 PDF (`<page>@<name>.pdf`) with the print stylesheet. */
  pdf?: boolean;
}

/** The file name of a page's URL path without `.html`: `/` → `index`, `/drift.html` → `drift`. */
export function pageName(path: string): string {
  return (
    path
      .replace(/^\//, "")
      .replace(/\/$/, "/index")
      .replace(/\.html$/, "") || "index"
  ).replace(/\//g, "-");
}

/** Selects the first option whose text matches `option` in the `<select>` labelled `label`. */
const choose = (label: string, option: string | RegExp) => async (page: Page) => {
  const select = page.getByLabel(label, {exact: true});
  const texts = await select.locator("option").allTextContents();
  const match = texts.find((t) => (typeof option === "string" ? t === option : option.test(t)));
  if (match === undefined) throw new Error(`no option ${option} in ${label}: ${texts.join(", ")}`);
  await select.selectOption({label: match});
};

/** Checks the radio button named `name`. */
const pick = (name: string) => (page: Page) => page.getByRole("radio", {name, exact: true}).check();

/** Every state `npm run screenshots` captures after the page's first view. */
export const states: ScreenshotState[] = [
  {page: "roi", name: "print", pdf: true, act: async () => undefined},
  {page: "models", name: "print", pdf: true, act: async () => undefined},
  {
    page: "drift",
    name: "heatmap-cell",
    async act(page) {
      await page.locator('[data-drift-cell="income@2026-05-11"]').click();
    }
  },
  {page: "drift", name: "fraud-screen", act: choose("System", "fraud-screen")},
  {page: "fairness", name: "fraud-screen", act: choose("System", "fraud-screen")},
  {page: "fairness", name: "score-threshold", act: pick("score at the threshold")},
  {
    page: "fairness",
    name: "intersection",
    async act(page) {
      await page.locator("form").filter({hasText: "Protected attribute"}).getByLabel("sex", {exact: true}).check();
    }
  },
  {page: "spc", name: "cusum", act: pick("CUSUM")},
  {page: "spc", name: "latency", act: choose("Metric", /latency/)},
  {page: "shadow", name: "fraud-screen", act: choose("System", "fraud-screen")},
  {page: "models", name: "fraud-screen", act: choose("Version", "fraud-gbdt@1.0.0")}
];
