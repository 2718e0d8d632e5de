import {controlZones, palette} from "../../src/components/palette.js";
import {escapeHtml} from "./escapeHtml.js";
import type {ReportSection} from "./ReportSection.js";

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --fail: ${controlZones.sigma3}; --alarm: ${palette.alarm}; --ok: ${palette.ok}; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); margin: 0 auto; padding: 24px; max-width: 960px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 18px 0 6px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.summary { list-style: none; padding: 0; margin: 0; } .summary li { padding: 6px 10px; margin: 4px 0; border-left: 4px solid var(--line); background: #f6f8fa; }
.summary li.attention { border-left-color: var(--alarm); } .summary li.ok { border-left-color: var(--ok); }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; font-variant-numeric: tabular-nums; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; border-bottom: 2px solid var(--line); } .num { text-align: right; } .nowrap { white-space: nowrap; } td.fail { background: var(--fail); font-weight: 600; }
figure { margin: 12px 0; } figcaption { font-weight: 600; margin-bottom: 4px; } svg { max-width: 100%; height: auto; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  @page { size: A4; margin: 14mm; }
  h2 { break-after: avoid; } figure, table, tr, .summary li { break-inside: avoid; }
  section { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}`;

/**
 * The self-contained HTML report: one file, inline styles (screen and print for A4), the summary of every section
 * with its verdict, then the sections; no script, no external reference (fonts are the system's, charts are static
 * SVG), so it opens offline in any browser and can be mailed.
 *
 * @example reportDocument({title: "credit-line", subtitle: "window ...", sections, footer: "..."});
 */
export function reportDocument({
  title,
  subtitle,
  sections,
  footer
}: {
  title: string;
  subtitle: string;
  sections: readonly ReportSection[];
  footer: string;
}): string {
  const summary = sections
    .map(
      (s) =>
        `<li class="${s.status}"><a href="#${s.id}"><b>${escapeHtml(s.title)}</b></a>: ${escapeHtml(s.summary)}</li>`
    )
    .join("\n");
  const body = sections
    .map((s) => `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(subtitle)}</p>
<ul class="summary">
${summary}
</ul>
</header>
${body}
<footer>${escapeHtml(footer)}</footer>
</body>
</html>
`;
}
