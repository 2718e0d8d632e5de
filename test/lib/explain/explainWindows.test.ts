import assert from "node:assert/strict";
import {it} from "node:test";
import {explainWindows} from "../../../src/lib/explain/explainWindows.js";

const defaults = {reference: {from: "2026-02-02", to: "2026-03-02"}, lastDay: "2026-06-29"};

it("explainWindows takes the windows of the address, as explainHref writes them", () => {
  assert.deepEqual(explainWindows("?system=x&from=2026-01-31..2026-05-11&to=2026-05-21..2026-05-24", defaults), {
    from: {from: "2026-01-31", to: "2026-05-11"},
    to: {from: "2026-05-21", to: "2026-05-24"}
  });
});

it("explainWindows falls back to the reference and the last 28 days (lastDay − 27 to the day after lastDay)", () => {
  assert.deepEqual(explainWindows("", defaults), {
    from: {from: "2026-02-02", to: "2026-03-02"},
    to: {from: "2026-06-02", to: "2026-06-30"}
  });
  // across a month end: 2026-03-01 − 27 days = 2026-02-02
  assert.deepEqual(explainWindows("", {...defaults, lastDay: "2026-03-01"}).to, {from: "2026-02-02", to: "2026-03-02"});
});

it("explainWindows refuses a window that is malformed, not a day, or empty, and keeps the other one", () => {
  const bad = [
    "2026-05-21",
    "2026-05-21..2026-5-24",
    "2026-02-30..2026-03-02x",
    "2026-05-24..2026-05-24",
    "2026-05-24..2026-05-21"
  ];
  for (const to of bad)
    assert.deepEqual(explainWindows(`?from=2026-04-01..2026-05-01&to=${to}`, defaults), {
      from: {from: "2026-04-01", to: "2026-05-01"},
      to: {from: "2026-06-02", to: "2026-06-30"}
    });
  // one day is a window: [2026-05-24, 2026-05-25)
  assert.deepEqual(explainWindows("?to=2026-05-24..2026-05-25", defaults).to, {from: "2026-05-24", to: "2026-05-25"});
});

it("explainWindows throws on an invalid last day", () => {
  assert.throws(() => explainWindows("", {...defaults, lastDay: "June"}), /invalid day: June/);
});
