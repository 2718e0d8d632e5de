import {html} from "htl";
import type {ModelCard} from "../lib/models/modelCard.js";

const count = new Intl.NumberFormat("en-US");
const f3 = (x: number | null) => (x === null ? "–" : x.toFixed(3));
const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)} %`);

/**
 * A model card / validation document (modelCard content) as an `<article class="model-card">` with the sections
 * purpose, data, metrics, fairness, limitations and approval history; `data-model` holds name@version. Print
 * styles (one card per page) belong to the page.
 *
 * @example ModelCardView(modelCard(entry, {asOf, metrics, groups}))
 */
export function ModelCardView(card: ModelCard): HTMLElement {
  const d = card.data;
  return html`<article class="model-card" data-model=${card.id}>
    <header>
      <h2>Model card: ${card.title}</h2>
      <p class="model-card-summary">${card.summary}</p>
    </header>
    <section data-section="purpose">
      <h3>Purpose</h3>
      <p>${card.purpose.text}</p>
      <dl>
        <dt>owner</dt>
        <dd>${card.purpose.owner}</dd>
        <dt>output</dt>
        <dd>${card.purpose.output}</dd>
        <dt>decision</dt>
        <dd>${card.purpose.decision}</dd>
      </dl>
    </section>
    <section data-section="data">
      <h3>Data</h3>
      <dl>
        <dt>training</dt>
        <dd>
          ${d.training_window.from} to ${d.training_window.to}: ${count.format(d.training_rows)} rows,
          ${pct(d.positive_share)} bad outcomes; ${d.algorithm}
        </dd>
        <dt>notes</dt>
        <dd>${d.notes ?? "–"}</dd>
        <dt>validation</dt>
        <dd>${d.validation_window.from} to ${d.validation_window.to}: ${count.format(d.validation_rows)} rows</dd>
        <dt>live</dt>
        <dd>${d.live}</dd>
        <dt>features (${d.features.length}, input order)</dt>
        <dd class="model-card-features">${d.features.join(", ")}</dd>
      </dl>
    </section>
    <section data-section="metrics">
      <h3>Metrics</h3>
      <table>
        <thead>
          <tr>
            <th>metric</th>
            <th>validation</th>
            <th>live, realised</th>
            <th>live, estimated (CBPE)</th>
          </tr>
        </thead>
        <tbody>
          ${card.metrics.map(
            (m) =>
              html`<tr>
                <td>${m.metric}</td>
                <td>${f3(m.validation)}</td>
                <td>${f3(m.realised)}</td>
                <td>${f3(m.estimated)}</td>
              </tr>`
          )}
        </tbody>
      </table>
      ${card.latest ? html`<p>Latest month, ${card.latest}.</p>` : ""}
    </section>
    <section data-section="fairness">
      <h3>Fairness: protected groups</h3>
      ${
        card.fairness.length
          ? html`<table>
              <thead>
                <tr>
                  <th>group</th>
                  <th>decisions</th>
                  <th>labelled</th>
                  <th>ROC AUC</th>
                  <th>validation ROC AUC</th>
                  <th>selection rate</th>
                  <th>bad rate</th>
                </tr>
              </thead>
              <tbody>
                ${card.fairness.map(
                  (g) =>
                    html`<tr>
                      <td>${g.attribute}=${g.group}</td>
                      <td>${count.format(g.n)}</td>
                      <td>${count.format(g.n_labelled)}</td>
                      <td>${f3(g.roc_auc)}</td>
                      <td>${f3(g.validation_roc_auc)}</td>
                      <td>${pct(g.selection_rate)}</td>
                      <td>${pct(g.bad_rate)}</td>
                    </tr>`
                )}
              </tbody>
            </table>`
          : html`<p>No live decisions: no group results yet.</p>`
      }
    </section>
    <section data-section="limitations">
      <h3>Limitations</h3>
      ${
        card.limitations.length
          ? html`<ul>
              ${card.limitations.map((l) => html`<li>${l}</li>`)}
            </ul>`
          : html`<p>None recorded.</p>`
      }
    </section>
    <section data-section="approval">
      <h3>Approval history</h3>
      <table>
        <thead>
          <tr>
            <th>date</th>
            <th>status</th>
            <th>approver</th>
            <th>note</th>
          </tr>
        </thead>
        <tbody>
          ${card.approvals.map(
            (a) =>
              html`<tr>
                <td>${a.date}</td>
                <td>${a.status}</td>
                <td>${a.approver}</td>
                <td>${a.note ?? ""}</td>
              </tr>`
          )}
        </tbody>
      </table>
    </section>
  </article>`;
}
