import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {goLiveDay} from "../../../src/lib/roi/goLiveDay.js";
import {cells, model} from "./fixture.js";

describe("goLiveDay", () => {
  it("is the earliest day with an automated decision, in any cell order", () => {
    assert.equal(goLiveDay([...cells].reverse(), model), "2026-01-30");
  });
  it("prefers the configured go-live and is null without automation", () => {
    assert.equal(goLiveDay(cells, {...model, goLive: "2026-01-29"}), "2026-01-29");
    assert.equal(goLiveDay(cells.slice(0, 5), model), null);
  });
});
