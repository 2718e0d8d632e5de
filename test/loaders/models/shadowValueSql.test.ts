import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import type {Engine} from "../../../loaders/engine/Engine.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {shadowValueSql} from "../../../loaders/models/shadowValueSql.js";
import {outcomeValue} from "../../../src/lib/roi/outcomeValue.js";
import {parseCostModel, type CostModel} from "../../../src/lib/roi/parseCostModel.js";
import {postgresSkipReason} from "../sources/postgresTestUrl.js";

// a per-outcome entry, an any-outcome entry with a per-case value, a −0 per case, and "refer" left out (worth 0)
const MODEL: CostModel = parseCostModel({
  system: "s",
  currency: "EUR",
  amount: "amount",
  label: "bad",
  positiveDecision: "approve",
  outcomes: [
    {name: "margin", decision: "approve", outcome: false, perAmount: 0.04},
    {name: "loss", decision: "approve", outcome: true, perAmount: -0.32, perCase: -150},
    {name: "decline", decision: "decline", perCase: -0, perAmount: 1e-7},
    {name: "hold", decision: "hold", perCase: 0.1, perAmount: 0.2}
  ],
  review: {hourlyRate: 55},
  automation: {perDecision: 0.12},
  platform: {perMonth: 18000}
});

// amounts whose products round (0.1 × 0.2 ≠ 0.02), a negative amount (0 × −5 = −0), null amounts and labels
const ROWS: {decision: string | null; bad: boolean | null; amount: number | null}[] = [];
for (const decision of ["approve", "decline", "refer", "hold", null])
  for (const bad of [true, false, null])
    for (const amount of [0.1, 12_345.678, -5, 0, -0, 3e-9, null]) ROWS.push({decision, bad, amount});

/** outcomeValue of one decision, as shadowRows valued each row before (null without an outcome). */
const expected = (r: (typeof ROWS)[number]) =>
  r.bad === null
    ? null
    : outcomeValue(
        [
          {
            day: "",
            decision: String(r.decision),
            outcome: r.bad,
            decisions: 1,
            amount: r.amount as number,
            automated: 1,
            reviewed: 0,
            handlingSeconds: 0
          }
        ],
        MODEL
      );

const values = () =>
  ROWS.map((r, i) => `(${i}, ${r.decision === null ? "NULL" : `'${r.decision}'`}, ${r.bad}, ${r.amount})`).join(", ");
const query = `SELECT i, ${shadowValueSql(MODEL, "d", "b", "CAST(a AS DOUBLE PRECISION)")} AS v
FROM (VALUES ${values()}) AS t (i, d, b, a) ORDER BY i`;

function assertSame(got: {i: number; v: number | null}[]) {
  assert.equal(got.length, ROWS.length);
  for (const {i, v} of got) {
    const want = expected(ROWS[Number(i)]);
    assert.ok(Object.is(v, want), `${JSON.stringify(ROWS[Number(i)])}: ${v} is not outcomeValue's ${want}`);
  }
}

describe("shadowValueSql: outcomeValue of one decision, the same doubles in the engine", () => {
  let db: Db;
  before(async () => (db = await openDb()));
  after(() => db.close());

  it("DuckDB gives outcomeValue's double for every decision, label and amount (null without a label)", async () => {
    assertSame(await db.all(query));
    // pins: −150 + (−0.32 × 12345.678) and a decision without an entry worth +0, not −0 or null
    const [loss, refer] = await db.all<{v: number}>(
      `SELECT ${shadowValueSql(MODEL, "'approve'", "TRUE", "12345.678")} AS v UNION ALL
       SELECT ${shadowValueSql(MODEL, "'refer'", "FALSE", "-5")}`
    );
    assert.equal(loss.v, -150 + -0.32 * 12345.678);
    assert.ok(Object.is(refer.v, 0));
  });

  it("a −0 per case is written +0, so 0 + (−0) stays +0 as in outcomeValue", async () => {
    const [{v}] = await db.all<{v: number}>(
      `SELECT ${shadowValueSql(MODEL, "'decline'", "TRUE", "CAST('-0' AS DOUBLE)")} AS v`
    );
    assert.ok(Object.is(v, 0) && Object.is(expected({decision: "decline", bad: true, amount: -0}), 0));
  });

  it("PostgreSQL gives the same doubles", {skip: postgresSkipReason()}, async () => {
    let engine: Engine | undefined;
    try {
      engine = await openEngine(process.env.WORKBENCH_PG_URL);
      assertSame(await engine.all(query));
    } finally {
      await engine?.close();
    }
  });
});
