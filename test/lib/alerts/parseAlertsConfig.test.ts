import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {parseAlertsConfig} from "../../../src/lib/alerts/parseAlertsConfig.js";
import {parseWindowSpec} from "../../../src/lib/alerts/parseWindowSpec.js";

describe("parseAlertsConfig", () => {
  it("reads a column_drift rule with PSI and its default threshold unless told, and rejects an unknown test", () => {
    assert.deepEqual(parseAlertsConfig({checks: [{name: "c", type: "column_drift", system: "s", column: "income"}]}), [
      {name: "c", system: "s", type: "column_drift", column: "income", test: "psi", current: {last: 28}, threshold: 0.1}
    ]);
    const [ks] = parseAlertsConfig({
      checks: [
        {name: "c", type: "column_drift", system: "s", column: "x", test: "ks", reference: "2026-01-01..2026-02-01"}
      ]
    });
    assert.deepEqual([ks.type === "column_drift" && ks.test, ks.threshold], ["ks", 0.05]);
    assert.throws(
      () => parseAlertsConfig({checks: [{name: "c", type: "column_drift", system: "s", column: "x", test: "t"}]}),
      /checks\[0\].test: not one of ks, chisquare, wasserstein, jensenshannon, psi: "t"/
    );
    assert.throws(
      () => parseAlertsConfig({checks: [{name: "c", type: "column_drift", system: "s"}]}),
      /checks\[0\].column: missing or not a string/
    );
  });

  it("fills the documented defaults of each rule type", () => {
    const rules = parseAlertsConfig({
      checks: [
        {name: "d", type: "drift", system: "s", current: "last 28d"},
        {name: "s", type: "spc", system: "s", metric: "fallback_rate", baseline: "2026-01-31.."},
        {name: "f", type: "freshness", system: "s"},
        {name: "g", type: "fairness", system: "s", group: "sex"},
        {
          name: "p",
          type: "performance",
          system: "s",
          reference: "2026-01-01..2026-02-01",
          current: "last 7 days",
          threshold: 0.05
        },
        {name: "q", type: "quarantine_rate", system: "s", threshold: 0.01}
      ]
    });
    assert.deepEqual(rules, [
      {name: "d", system: "s", type: "drift", current: {last: 28}, threshold: 0.3},
      {
        name: "s",
        system: "s",
        type: "spc",
        metric: "fallback_rate",
        bucket: "day",
        baseline: {from: "2026-01-31"},
        recent: {last: 28},
        threshold: 0
      },
      {name: "f", system: "s", type: "freshness", asOf: "now"},
      {
        name: "g",
        system: "s",
        type: "fairness",
        group: ["sex"],
        rates: ["selection_rate"],
        decision: "final",
        threshold: 0.8
      },
      {
        name: "p",
        system: "s",
        type: "performance",
        estimate: "realised",
        reference: {from: "2026-01-01", to: "2026-02-01"},
        current: {last: 7},
        threshold: 0.05
      },
      {name: "q", system: "s", type: "quarantine_rate", threshold: 0.01}
    ]);
  });

  it("names the place of every error", () => {
    const cases: [unknown, RegExp][] = [
      [null, /^Error: not a mapping with a list of checks$/],
      [{checks: []}, /^Error: checks: missing or empty list$/],
      [{checks: [], extra: 1}, /^Error: extra: unknown key \(only checks\)$/],
      [
        {checks: [{name: "a", type: "volume", system: "s"}]},
        /^Error: checks\[0\]\.type: unknown type "volume" \(drift, column_drift, spc/
      ],
      [{checks: [{type: "freshness", system: "s"}]}, /^Error: checks\[0\]\.name: missing or not a string: undefined$/],
      [
        {checks: [{name: "a", type: "freshness", system: "s", threshhold: 3}]},
        /^Error: checks\[0\]\.threshhold: unknown key for type freshness \(as_of, threshold\)$/
      ],
      [
        {checks: [{name: "a", type: "quarantine_rate", system: "s"}]},
        /^Error: checks\[0\]\.threshold: not a number: undefined$/
      ],
      [
        {checks: [{name: "a", type: "quarantine_rate", system: "s", threshold: 2}]},
        /^Error: checks\[0\]\.threshold: out of range: 2$/
      ],
      [
        {checks: [{name: "a", type: "spc", system: "s", metric: "m", threshold: 0.5}]},
        /^Error: checks\[0\]\.threshold: out of range: 0\.5$/
      ],
      [
        {checks: [{name: "a", type: "spc", system: "s", metric: "m", baseline: "Jan..Mar"}]},
        /^Error: checks\[0\]\.baseline: not <from>\.\.<to>/
      ],
      [
        {checks: [{name: "a", type: "fairness", system: "s", group: []}]},
        /^Error: checks\[0\]\.group: not a non-empty list of strings: \[\]$/
      ],
      [
        {checks: [{name: "a", type: "fairness", system: "s", group: "x", decision: "human"}]},
        /^Error: checks\[0\]\.decision: not one of final, model: "human"$/
      ],
      [
        {checks: [{name: "a", type: "freshness", system: "s", as_of: "soon"}]},
        /^Error: checks\[0\]\.as_of: not now or an ISO time: "soon"$/
      ],
      [
        {
          checks: [
            {name: "a", type: "freshness", system: "s"},
            {name: "a", type: "freshness", system: "t"}
          ]
        },
        /^Error: checks\[1\]\.name: duplicate name "a"$/
      ]
    ];
    for (const [doc, message] of cases) assert.throws(() => parseAlertsConfig(doc), message, JSON.stringify(doc));
  });
});

describe("parseWindowSpec", () => {
  it("reads last <n>d and <from>..<to>", () => {
    assert.deepEqual(["last 28d", "last 1 day", "last 90 days", "2026-05-01..2026-06-01"].map(parseWindowSpec), [
      {last: 28},
      {last: 1},
      {last: 90},
      {from: "2026-05-01", to: "2026-06-01"}
    ]);
  });
  it("rejects empty, reversed and malformed windows", () => {
    for (const text of [
      "last 0d",
      "last week",
      "2026-06-01..2026-05-01",
      "2026-05-01..2026-05-01",
      "2026-05-01",
      "2026-02-30..2026-03-01x",
      7
    ])
      assert.throws(() => parseWindowSpec(text), /^Error: invalid window: /, String(text));
  });
});
