import {existsSync} from "node:fs";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {timestampSql} from "../explain/explainCountsSql.js";
import type {ExplainSystem} from "../explain/explainSystem.js";
import {escapeHtml} from "./escapeHtml.js";
import {htmlTable} from "./htmlTable.js";
import type {ReportSection, ReportWindows} from "./ReportSection.js";
import {formatCount} from "../../src/lib/format/formatCount.js";
import {formatPercent} from "../../src/lib/format/formatPercent.js";
import {formatSigned} from "../../src/lib/format/formatSigned.js";

/**
 * The report's data-quality section, from the ingested files only (counts, never a row): decisions per day in the
 * window (fewest, mean, most), rows the contract quarantined whose time falls in the window by reason (raw text
 * times cast with TRY_CAST; rows whose time does not parse are not placed), and the null rate of every column in the
 * window against the reference, largest increase first (columns with no null in either are left out).
 *
 * @example await qualitySection(db, system, {window, reference}, "data/.work/credit-line/quarantine.parquet");
 */
export async function qualitySection(
  db: Db,
  system: ExplainSystem,
  {window, reference}: ReportWindows,
  quarantine: string | undefined
): Promise<ReportSection> {
  const t = sqlIdentifier(system.time);
  const decisions = `read_parquet(${sqlLiteral(system.decisions)})`;
  const inWindow = (w: {from: string; to: string}) =>
    `CAST(${t} AS TIMESTAMP) >= ${timestampSql(w.from)} AND CAST(${t} AS TIMESTAMP) < ${timestampSql(w.to)}`;
  const [volume] = await db.all<{rows: number; days: number; least: number | null; most: number | null}>(
    `SELECT CAST(sum(n) AS DOUBLE) AS rows, CAST(count(*) AS DOUBLE) AS days, CAST(min(n) AS DOUBLE) AS least, CAST(max(n) AS DOUBLE) AS most
     FROM (SELECT CAST(${t} AS DATE) AS d, count(*) AS n FROM ${decisions} WHERE ${inWindow(window)} GROUP BY 1)`
  );
  const quarantined =
    quarantine && existsSync(quarantine)
      ? await db.all<{reason: string; rows: number}>(
          `SELECT _reason AS reason, CAST(count(*) AS DOUBLE) AS rows FROM read_parquet(${sqlLiteral(quarantine)})
         WHERE CAST(TRY_CAST(${t} AS TIMESTAMPTZ) AS TIMESTAMP) >= ${timestampSql(window.from)}
           AND CAST(TRY_CAST(${t} AS TIMESTAMPTZ) AS TIMESTAMP) < ${timestampSql(window.to)}
         GROUP BY 1 ORDER BY 2 DESC, 1`
        )
      : [];
  const columns = (await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM ${decisions}`)).map(
    (c) => c.column_name
  );
  const nullRates = (w: {from: string; to: string}) =>
    `SELECT ${columns.map((c, i) => `avg(CASE WHEN ${sqlIdentifier(c)} IS NULL THEN 1.0 ELSE 0.0 END) AS c${i}`).join(", ")} FROM ${decisions} WHERE ${inWindow(w)}`;
  const [now] = await db.all<Record<string, number | null>>(nullRates(window));
  const [before] = await db.all<Record<string, number | null>>(nullRates(reference));
  const nulls = columns
    .map((column, i) => ({column, window: now[`c${i}`] ?? 0, reference: before[`c${i}`] ?? 0}))
    .filter((r) => r.window > 0 || r.reference > 0)
    .sort((a, b) => b.window - b.reference - (a.window - a.reference) || (a.column < b.column ? -1 : 1));
  const q = quarantined.reduce((s, r) => s + r.rows, 0);
  const pct = (x: number) => formatPercent(x, 2);
  const summary = `${formatCount(volume.rows ?? 0)} decisions over ${volume.days} days (${formatCount(volume.least ?? 0)}–${formatCount(volume.most ?? 0)} a day); ${formatCount(q)} row${q === 1 ? "" : "s"} quarantined in the window.`;
  return {
    id: "quality",
    title: "Data quality",
    status: q > 0 ? "attention" : "info",
    summary,
    html: `<p>${escapeHtml(summary)} Quarantined rows failed the contract at ingest and were kept aside with their reason, never dropped.</p>
${
  quarantined.length
    ? htmlTable(quarantined, [
        {header: "quarantine reason", cell: (r) => r.reason},
        {header: "rows", cell: (r) => formatCount(r.rows), numeric: true}
      ])
    : "<p>No quarantined row in the window.</p>"
}
<h3>Null rates, window against reference</h3>
${htmlTable(nulls, [
  {header: "column", cell: (r) => r.column},
  {header: "reference", cell: (r) => pct(r.reference), numeric: true},
  {header: "window", cell: (r) => pct(r.window), numeric: true},
  {
    header: "change",
    cell: (r) => formatSigned(100 * (r.window - r.reference), 2, " pp"),
    numeric: true
  }
])}`
  };
}
