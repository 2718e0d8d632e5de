import type {SitePage} from "../../observablehq.config.js";

/** A published build of the workbench for one audience: its title and the only pages it holds. */
export interface Audience {
  title: string;
  /** Sidebar and page list: pages not listed here are not in the build at all. */
  pages: SitePage[];
}

/**
 * The audiences `scripts/buildAudience.ts --audience <name>` can build. `executive`: the pages that read
 * aggregates only (no row-level Parquet, no PII), safe to publish as a static report.
 */
export const audiences: Record<string, Audience> = {
  executive: {
    title: "Decision Workbench · executive report",
    pages: [
      {name: "Overview", path: "/"},
      {name: "Return on automation", path: "/roi"}
    ]
  }
};
