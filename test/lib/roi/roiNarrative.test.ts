import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {roiNarrative} from "../../../src/lib/roi/roiNarrative.js";
import {roiReport} from "../../../src/lib/roi/roiReport.js";
import {cells, model, raters} from "./fixture.js";

describe("roiNarrative (through roiReport)", () => {
  const r = roiReport({cells, raters}, model, {replicates: 200, seed: 5});

  it("states value, cost, payback, outcomes, consistency and sensitivity from the numbers", () => {
    const text = r.narrative.join("\n");
    assert.equal(r.narrative.length, 6);
    assert.match(text, /went live on 30 January 2026, credit-line has made 17 decisions/);
    assert.match(text, /automation has delivered €415 \(95% interval /);
    assert.match(text, /net value to date is €215/);
    assert.match(text, /from €30\.00 to €5\.47 \(82% lower\)/);
    assert.match(text, /recovered 2 days after go-live, on 31 January 2026/);
    assert.match(text, /14\.3% went bad after go-live against 25\.0% in the manual baseline/);
    assert.match(text, /41\.7% of approve decisions since go-live have no outcome yet/);
    assert.match(text, /differed by 23\.5 percentage points .* differ by 0\.0/);
    assert.match(text, /most sensitive to the reviewer hourly rate: .* between €97\.15 and €332/);
  });

  it("says so when the interval of net value includes zero, and projects payback when not reached", () => {
    assert.ok(r.headline.netValueToDate.low < 0, "fixture interval straddles zero");
    assert.match(r.narrative[0], /The interval includes zero/);
    const late = roiReport({cells, raters}, {...model, platform: {perMonth: 365, investment: 2000}}, {replicates: 50});
    assert.match(late.narrative[2], /^At the last four weeks' rate the €2,000 investment will be recovered/);
  });

  it("names a month whose whole benefit interval is a loss", () => {
    const {narrative: _, ...rest} = r;
    const feb = {...r.monthly[1], benefit: {value: -1200, low: -2000, high: -300}};
    const text = roiNarrative({...rest, monthly: [r.monthly[0], feb]});
    assert.equal(text.length, 7);
    assert.match(
      text[1],
      /^Not every month gained: in February 2026 automation lost €1,200 against the manual way \(95% interval −€2,000 to −€300\)\./
    );
  });

  it("leaves out the consistency paragraph without rater counts", () => {
    const none = roiReport({cells, raters: {baselineReviewers: [], automatedReviewers: [], modelDesks: []}}, model, {
      replicates: 20
    });
    assert.equal(none.narrative.length, 5);
    assert.ok(!none.narrative.some((p) => p.includes("reviewers' approve rates")));
  });
});
