import {html} from "htl";
import {formatCount} from "../lib/format/formatCount.js";
import {formatDate} from "../lib/format/formatDate.js";
import {formatHours} from "../lib/format/formatHours.js";
import {formatPercent} from "../lib/format/formatPercent.js";
import type {AutomationSummary} from "../lib/overview/automationSummary.js";

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
  as_of_basis?: string;
  freshness_hours: number;
  sla_hours: number | null;
  fresh: boolean | null;
}

/** The card's automation lines as separate dt/dd elements (a nested htl fragment would wrap them in one span). */
function automationItems({goLive, manualDecisions, since}: AutomationSummary): HTMLElement[] {
  if (goLive === null) return [html`<dt>automated</dt>`, html`<dd>none: every decision was made by hand</dd>`];
  return [
    ...(manualDecisions > 0
      ? [html`<dt>manual, before ${goLive}</dt>`, html`<dd>${formatCount(manualDecisions)} decisions</dd>`]
      : []),
    html`<dt>automated since ${goLive}</dt>`,
    html`<dd>
      ${formatPercent(since.automated)} of ${formatCount(since.decisions)}, of which a person reviewed
      ${formatPercent(since.reviewed)}
    </dd>`
  ];
}

/**
 * A card summarising one decision system: volume; the manual period and, since go-live, the automated share and
 * the share a person reviewed (`automation`: they overlap, so they are stated as "of which"); the favourable
 * decision's share; the ingest's row accounting (read = accepted + quarantined + purged by retention); freshness against the contract's
 * SLA. The contract's id is in the tooltip of its version.
 *
 * @example SystemCard(systems[0], automationSummary(daily.filter((d) => d.system === systems[0].system)))
 */
export function SystemCard(s: SystemSummary, automation: AutomationSummary): HTMLElement {
  const freshness =
    s.fresh === null
      ? html`<span class="badge">no freshness SLA in the contract</span>`
      : html`<span class="badge ${s.fresh ? "ok" : "bad"}" title="SLA ${formatHours(s.sla_hours ?? 0)}">
          ${s.fresh ? "fresh" : "stale"}: last decision ${formatHours(Math.max(0, s.freshness_hours))} before
          ${formatDate(s.as_of)}
        </span>`;
  return html`<div class="card system-card" data-system=${s.system}>
    <h2>${s.system}</h2>
    <h3>
      <span title=${s.contract_id}>contract v${s.contract_version}</span> · decisions ${formatDate(s.first_decision)} to
      ${formatDate(s.last_decision)}
    </h3>
    <div class="big">${formatCount(s.decisions)} <small>decisions</small></div>
    <dl>
      ${automationItems(automation)}
      <dt>${s.positive_decision}</dt>
      <dd>${formatPercent(s.positive_rate)} of all decisions</dd>
      <dt>rows read</dt>
      <dd>
        ${formatCount(s.rows_read)} = ${formatCount(s.rows_accepted)} accepted + ${formatCount(s.rows_quarantined)}
        quarantined + ${formatCount(s.rows_purged ?? 0)} purged by retention
      </dd>
    </dl>
    ${freshness}
  </div>`;
}
