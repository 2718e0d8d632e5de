import {html} from "htl";
import {formatHours} from "../lib/format/formatHours.js";

/** One row of overview-systems.parquet. */
export interface SystemSummary {
  system: string;
  contract_id: string;
  contract_version: string;
  rows_read: number;
  rows_accepted: number;
  rows_quarantined: number;
  rows_purged: number;
  decisions: number;
  automated_rate: number;
  review_rate: number;
  positive_rate: number;
  positive_decision: string;
  first_decision: number | Date;
  last_decision: number | Date;
  as_of: number | Date;
  freshness_hours: number;
  sla_hours: number | null;
  fresh: boolean | null;
}

const count = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", {style: "percent", maximumFractionDigits: 1});
const day = (d: number | Date) => new Date(+d).toISOString().slice(0, 10);

/**
 * A card summarising one decision system: volume, automation, review and favourable-decision rates,
 * freshness against the contract's SLA, and the ingest's row accounting (read = accepted + quarantined + purged).
 *
 * @example SystemCard(systems[0])
 */
export function SystemCard(s: SystemSummary): HTMLElement {
  const freshness =
    s.fresh === null
      ? html`<span class="badge">no SLA</span>`
      : html`<span class="badge ${s.fresh ? "ok" : "bad"}" title="SLA ${formatHours(s.sla_hours ?? 0)}">
          ${s.fresh ? "fresh" : "stale"}: last decision ${formatHours(Math.max(0, s.freshness_hours))} before
          ${day(s.as_of)}
        </span>`;
  return html`<div class="card system-card" data-system=${s.system}>
    <h2>${s.system}</h2>
    <h3>contract ${s.contract_id} v${s.contract_version} · ${day(s.first_decision)} to ${day(s.last_decision)}</h3>
    <div class="big">${count.format(s.decisions)} <small>decisions</small></div>
    <dl>
      <dt>automated</dt>
      <dd>${percent.format(s.automated_rate)}</dd>
      <dt>routed to review</dt>
      <dd>${percent.format(s.review_rate)}</dd>
      <dt>${s.positive_decision}</dt>
      <dd>${percent.format(s.positive_rate)}</dd>
      <dt>quarantined</dt>
      <dd>${count.format(s.rows_quarantined)} of ${count.format(s.rows_read)} rows read</dd>
      <dt>purged by retention</dt>
      <dd>${count.format(s.rows_purged)}</dd>
    </dl>
    ${freshness}
  </div>`;
}
