import assert from "node:assert/strict";
import {it} from "node:test";
import {evidenceText} from "../../../src/lib/shadow/evidenceText.js";
import type {Evidence} from "../../../src/lib/shadow/promotionRecommendation.js";

const evidence = (
  metric: string,
  scope: string,
  c: number,
  d: number,
  low: number,
  high: number,
  worse: "higher" | "lower"
): Evidence => ({
  metric,
  scope,
  worse,
  delta: {n: 1931, champion: c, challenger: c + d, delta: d, low, high}
});

it("evidenceText writes each metric with its unit and the verdict of its interval", () => {
  const value = evidenceText(
    evidence("value per decision", "age_band=65+", 56.2962, -29.477, -43.1899, -15.764, "lower"),
    "EUR"
  );
  assert.deepEqual(value, {
    metric: "value per decision",
    scope: "age_band=65+",
    champion: "€56.30",
    challenger: "€26.82",
    change: "−€29.48 (−€43.19 to −€15.76)",
    verdict: "worse",
    n: 1931
  });
  const rate = evidenceText(
    evidence("false-decline rate", "age_band=65+", 0.2906, 0.5124, 0.4866, 0.5382, "higher"),
    "EUR"
  );
  assert.equal(rate.champion, "29.1%");
  assert.equal(rate.change, "+51.2 pp (+48.7 pp to +53.8 pp)");
  assert.equal(rate.verdict, "worse");
  const auc = evidenceText(evidence("ROC AUC", "overall", 0.8307, 0.008, 0.0027, 0.0133, "lower"), "EUR");
  assert.deepEqual(
    [auc.champion, auc.challenger, auc.change, auc.verdict],
    ["0.831", "0.839", "+0.008 (+0.003 to +0.013)", "better"]
  );
});
