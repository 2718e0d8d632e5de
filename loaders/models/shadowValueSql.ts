import type {CostModel} from "../../src/lib/roi/parseCostModel.js";
import {sqlLiteral} from "../db/sqlLiteral.js";

/**
 * SQL for the money of one decision with one observed outcome under a cost model: outcomeValue of a single cell
 * (one decision, its amount) as an expression both DuckDB and PostgreSQL compute to the same double. NULL when
 * `outcome` is NULL (not arrived); otherwise the first entry of `model.outcomes` for the decision and that outcome
 * (or for any outcome) gives `perCase + perAmount × amount`, and a decision without an entry is worth 0. A NULL
 * amount counts as 0, as it does in outcomeValue (JavaScript's `x * null`).
 *
 * Same doubles as outcomeValue: its `0 + (perCase × 1 + perAmount × amount)` equals `perCase + perAmount × amount`
 * once a perCase of −0 is written as +0 (then the sum is never −0, and adding 0 changes nothing; `String(-0)` is
 * "0"); the constants are their shortest decimal text cast to DOUBLE PRECISION (correctly rounded by both engines,
 * back to the same double); the product and the sum are single IEEE operations in each engine.
 *
 * @example shadowValueSql(model, "d.decision", "o.defaulted", "d.requested_limit") // CASE WHEN o.defaulted IS NULL ...
 */
export function shadowValueSql(model: CostModel, decision: string, outcome: string, amount: string): string {
  const double = (x: number) => `CAST(${sqlLiteral(String(x))} AS DOUBLE PRECISION)`;
  const whens = model.outcomes.map((o) => {
    const when = `${decision} = ${sqlLiteral(o.decision)}${o.outcome === null ? "" : ` AND ${o.outcome ? "" : "NOT "}${outcome}`}`;
    return `WHEN ${when} THEN ${double(o.perCase)} + ${double(o.perAmount)} * COALESCE(${amount}, ${double(0)})`;
  });
  return `CASE WHEN ${outcome} IS NULL THEN CAST(NULL AS DOUBLE PRECISION) ${whens.join(" ")} ELSE ${double(0)} END`;
}
