import type {CostModel} from "./parseCostModel.js";
import type {RoiCell} from "./roiCell.js";

/**
 * The money earned (positive) or lost (negative) on the outcomes of `cells` under `model`:
 * Σ over cells of `perCase × decisions + perAmount × amount` for the matching entry of `model.outcomes`.
 *
 * Decisions whose outcome has not arrived yet (`outcome` null) but whose decision is valued per outcome are
 * valued at the outcome mix observed in the first of `pools` that holds any outcome for that decision
 * (default: `cells` itself): with n₁, n₀ the counts and a₁, a₀ the amounts of the pool's bad (true) and good
 * (false) outcomes, a pending cell with n decisions and amount a is worth
 * `n · (n₁·perCase₁ + n₀·perCase₀)/(n₁+n₀) + a · (a₁·perAmount₁ + a₀·perAmount₀)/(a₁+a₀)`
 * (count mix for per-case values, amount mix for per-amount values; a missing entry is worth 0). This is a
 * ratio estimator: pending decisions are assumed to turn out like the comparable decisions that have.
 * Decisions without any entry in the model are worth 0. Cost O(cells + pools).
 *
 * @throws {Error} if pending decisions must be valued and no pool holds an outcome for their decision
 * @example
 * // model: approve/false +0.05 per unit of amount, approve/true −0.5 per unit
 * outcomeValue([{day: "2026-01-01", decision: "approve", outcome: false, decisions: 2, amount: 1000,
 *   automated: 0, reviewed: 2, handlingSeconds: 3600}], model); // => 50
 */
export function outcomeValue(
  cells: readonly RoiCell[],
  model: CostModel,
  pools: readonly (readonly RoiCell[])[] = [cells]
): number {
  const mixes = new Map<string, Mix>();
  let total = 0;
  for (const c of cells) {
    if (c.outcome !== null || entry(model, c.decision, null)) {
      const e = entry(model, c.decision, c.outcome);
      if (e) total += e.perCase * c.decisions + e.perAmount * c.amount;
      continue;
    }
    const bad = entry(model, c.decision, true);
    const good = entry(model, c.decision, false);
    if (!bad && !good) continue;
    let m = mixes.get(c.decision);
    if (!m) mixes.set(c.decision, (m = outcomeMix(c.decision, pools)));
    const perCase = (m.n1 * (bad?.perCase ?? 0) + m.n0 * (good?.perCase ?? 0)) / (m.n1 + m.n0);
    const perAmount =
      m.a1 + m.a0 > 0 ? (m.a1 * (bad?.perAmount ?? 0) + m.a0 * (good?.perAmount ?? 0)) / (m.a1 + m.a0) : 0;
    total += perCase * c.decisions + perAmount * c.amount;
  }
  return total;
}

interface Mix {
  n1: number;
  n0: number;
  a1: number;
  a0: number;
}

function entry(model: CostModel, decision: string, outcome: boolean | null) {
  return model.outcomes.find((o) => o.decision === decision && (o.outcome === null || o.outcome === outcome));
}

function outcomeMix(decision: string, pools: readonly (readonly RoiCell[])[]): Mix {
  for (const pool of pools) {
    const m: Mix = {n1: 0, n0: 0, a1: 0, a0: 0};
    for (const c of pool) {
      if (c.decision !== decision || c.outcome === null) continue;
      if (c.outcome) {
        m.n1 += c.decisions;
        m.a1 += c.amount;
      } else {
        m.n0 += c.decisions;
        m.a0 += c.amount;
      }
    }
    if (m.n1 + m.n0 > 0) return m;
  }
  throw new Error(`no observed outcome to value pending decisions: ${decision}`);
}
