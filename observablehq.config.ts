/**
 * Observable Framework configuration (https://observablehq.com/framework/config).
 * Everything a page needs is served from the site itself: no web fonts, no CDN (see docs/development.md). To add a page, write `src/<name>.md` and add one entry to `pages` below.
 */

const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E" +
  "%3Crect width='16' height='16' rx='3' fill='%233b5fc0'/%3E" +
  "%3Cpath d='M4 13V8M8 13V3M12 13V6' stroke='white' stroke-width='2'/%3E%3C/svg%3E";

/** A sidebar link, or a titled section of links. */
export type SitePage =
  {name: string; path: string} | {name: string; open?: boolean; pages: {name: string; path: string}[]};

/** The analyst site's sidebar, in order. */
export const pages: SitePage[] = [
  {name: "Overview", path: "/"},
  {
    name: "Monitor",
    open: true,
    pages: [
      {name: "Data quality", path: "/quality"},
      {name: "Drift", path: "/drift"},
      {name: "Statistical process control", path: "/spc"},
      {name: "Why did the rate move?", path: "/explain"},
      {name: "Alerts", path: "/alerts"},
      {name: "Operations", path: "/operations"}
    ]
  },
  {
    name: "Models and fairness",
    open: true,
    pages: [
      {name: "Fairness review", path: "/fairness"},
      {name: "Models", path: "/models"},
      {name: "Shadow mode", path: "/shadow"},
      {name: "Replay", path: "/replay"}
    ]
  },
  {
    name: "Govern",
    open: true,
    pages: [
      {name: "Decision audit", path: "/audit"},
      {name: "Lineage", path: "/lineage"}
    ]
  },
  {
    name: "Value",
    open: true,
    pages: [
      {name: "Return on automation", path: "/roi"},
      {name: "Automation readiness", path: "/readiness"}
    ]
  },
  {name: "Explore", path: "/explore"}
];

export interface SiteOptions {
  title: string;
  pages: SitePage[];
  /** Source folder (pages, components, data loaders). */
  root?: string;
  /** Build output folder. */
  output?: string;
  /** Show the sidebar and the previous/next pager (default true; a one-page report has neither). */
  sidebar?: boolean;
}

/**
 * The Framework config shared by every build of the workbench; another audience's build is another config file
 * calling this with its own title, pages and output folder.
 */
export function siteConfig({title, pages, root = "src", output = "dist", sidebar = true}: SiteOptions) {
  return {
    root,
    output,
    title,
    pages,
    sidebar,
    pager: sidebar,
    // Links name their file (`./roi.html`, `./index.html`), so the site works on any static host, including one
    // with no rewrite rules (S3, nginx as installed, python3 -m http.server): a clean URL `./roi` is a 404 there.
    preserveIndex: true,
    preserveExtension: true,
    // The default theme links a web font from a font host: use our own stylesheet (system fonts) instead.
    globalStylesheets: [],
    style: "style.css",
    // Run .ts data loaders without relying on a tsx binary on PATH.
    interpreters: {".ts": ["node", "--import", "tsx"]},
    // DuckDB-wasm extensions are downloaded from extensions.duckdb.org: `null` skips them (`false` still
    // downloads at build). Parquet is decoded by parquet-wasm instead: see docs/development.md.
    duckdb: {extensions: {json: null, parquet: null}},
    // An inline icon: without one, browsers request /favicon.ico and log a 404.
    head: `<link rel="icon" href="${FAVICON}">`,
    footer: "Decision Workbench · built with Observable Framework, served with no network access."
  };
}

export default siteConfig({title: "Decision Workbench", pages});
