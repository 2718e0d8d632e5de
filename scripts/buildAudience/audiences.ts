import type {SitePage} from "../../observablehq.config.js";

/** A published build of the workbench for one audience: its title, the only pages it holds and where it goes. */
export interface Audience {
  title: string;
  /** Sidebar and page list: pages not listed here are not in the build at all. */
  pages: SitePage[];
  /**
   * The source page of a URL path when it is not the path's own file: `{"/": "roi.md"}` serves the ROI report as the
   * build's home page (index.html), so the site opens on it.
   */
  sources?: Record<string, string>;
  /** Output folder (relative to the repository) unless `--out` says otherwise: never the analyst site's dist/. */
  output: string;
  /** Show the sidebar (a one-page report needs none). */
  sidebar: boolean;
}

/**
 * The audiences `scripts/buildAudience.ts --audience <name>` can build. `executive`: the ROI report alone, as the
 * home page of its own folder; it reads aggregates only (no row-level Parquet, no PII), safe to publish.
 */
export const audiences: Record<string, Audience> = {
  executive: {
    title: "Return on automation",
    pages: [{name: "Return on automation", path: "/"}],
    sources: {"/": "roi.md"},
    output: "dist-executive",
    sidebar: false
  }
};
