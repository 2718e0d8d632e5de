import assert from "node:assert/strict";
import {it} from "node:test";
import {statisticRows, testLabel} from "../../../src/lib/drift/statisticRows.js";
import {driftTests} from "../../../src/lib/drift/driftTests.js";
import type {DriftCellRow} from "../../../src/lib/drift/driftView.js";
import {formatStatistic} from "../../../src/lib/format/formatStatistic.js";

it("formatStatistic writes four significant digits without exponents", () => {
  assert.equal(formatStatistic(11107.4), "11,110");
  assert.equal(formatStatistic(1.6789), "1.679");
  assert.equal(formatStatistic(0.50739), "0.5074");
  assert.equal(formatStatistic(0.000123456), "0.0001235");
  assert.equal(formatStatistic(-29.477), "−29.48");
  assert.equal(formatStatistic(0), "0");
  assert.equal(formatStatistic(null), "–");
  assert.equal(formatStatistic(890.338), "890.3");
});

it("testLabel names a test in full from the registry", () => {
  assert.equal(testLabel(Object.values(driftTests), "jensenshannon"), "Jensen–Shannon distance");
  assert.equal(testLabel(Object.values(driftTests), "nope"), "nope");
});

it("statisticRows names every statistic in full and formats it, with a dash where it does not apply", () => {
  const cell = {
    psi: 1.6789,
    js_distance: 0.50739,
    ks: null,
    wasserstein: null,
    wasserstein_normed: null,
    chi2: {statistic: 11107.4, dof: 3, pvalue: 0},
    reference_values: 22444,
    current_values: 7014
  } as unknown as DriftCellRow;
  const rows = statisticRows(cell);
  assert.deepEqual(
    rows.map((r) => r.text),
    ["1.679", "0.5074", "–", "–", "–", "–", "11,110", "< 0.001", "22,444 / 7,014"]
  );
  assert.equal(rows[6].field, "Chi-square statistic (3 degrees of freedom)");
});
