import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {shadowReport, type ShadowRow} from "../../../src/lib/shadow/shadowReport.js";

/**
 * 20,000 rows: risk r ~ U(0, 1)², label ~ Bernoulli(r). The champion sees r with noise everywhere; the
 * challenger sees r with less noise, except for age band 65+ (20 % of rows) where it adds +0.12 to every
 * score: better overall, worse (more false declines) for 65+ — the shape of the planted finding.
 */
function rows(): ShadowRow[] {
  const rng = sfc32(3);
  const noise = () => (rng() - 0.5) * 0.4;
  const clip = (p: number) => Math.min(1, Math.max(0, p));
  const decide = (s: number) => (s < 0.2 ? "approve" : "decline");
  return Array.from({length: 20000}, (_, i) => {
    const risk = rng() ** 2;
    const old = rng() < 0.2;
    const champion_score = clip(risk + noise());
    const challenger_score = clip(risk + noise() / 4 + (old ? 0.12 : 0));
    return {
      day: `2026-0${4 + Math.floor(i / 5000)}-01`,
      champion_score,
      challenger_score,
      champion_decision: decide(champion_score),
      challenger_decision: decide(challenger_score),
      label: i >= 15000 ? null : rng() < risk,
      confidence_band: Math.abs(champion_score - 0.2) < 0.05 ? "low" : "high",
      age_band: old ? "65+" : "18-64"
    };
  });
}

describe("shadowReport", () => {
  const report = shadowReport(rows(), {favourable: "approve", segments: ["age_band"]});

  it("counts agreement and flips on every row, metrics on labelled rows", () => {
    assert.equal(report.rows, 20000);
    assert.equal(report.labelled, 15000);
    const total = report.flips_by_confidence.reduce((s, c) => s + c.count, 0);
    assert.equal(total, 20000);
    const agree = report.flips_by_confidence.filter((c) => c.from === c.to).reduce((s, c) => s + c.count, 0);
    assert.equal(report.agreement, agree / 20000);
    const old = report.agreement_by_segment.find((s) => s.segment === "age_band=65+")!;
    const young = report.agreement_by_segment.find((s) => s.segment === "age_band=18-64")!;
    assert.ok(old.agreement < young.agreement);
  });

  it("finds the challenger better overall and worse for 65+, and recommends holding it", () => {
    const auc = report.overall.find((e) => e.metric === "ROC AUC")!;
    assert.ok(auc.delta.low! > 0, "AUC better overall");
    const fd = report.groups.find((e) => e.metric === "false-decline rate" && e.scope === "age_band=65+")!;
    assert.ok(fd.delta.low! > 0.1, `false declines up for 65+: ${fd.delta.delta}`);
    assert.equal(report.recommendation.decision, "hold");
    assert.match(report.recommendation.summary, /worse for .*age_band=65\+/);
    assert.ok(report.recommendation.because.some((l) => l.startsWith("false-decline rate age_band=65+")));
  });

  it("estimates performance without labels next to the realised values", () => {
    const unlabelled = report.windows.filter((w) => w.labelled === 0);
    assert.deepEqual(
      unlabelled.map((w) => [w.window, w.model]),
      [
        ["2026-07", "champion"],
        ["2026-07", "challenger"]
      ]
    );
    for (const w of report.windows.filter((w) => w.labelled > 0))
      assert.ok(Math.abs(w.estimated_roc_auc! - w.realised_roc_auc!) < 0.03, `${w.window} ${w.model}`);
    assert.ok(unlabelled.every((w) => w.estimated_roc_auc! > 0.7 && w.realised_roc_auc === null));
  });
});
