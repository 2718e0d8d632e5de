import {copyFileSync, mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {stringify} from "yaml";
import {readContract} from "../../../loaders/contract/readContract.js";
import type {Db} from "../../../loaders/db/openDb.js";
import {sqlIdentifier} from "../../../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {openSystem} from "../../../loaders/system/openSystem.js";
import type {System} from "../../../loaders/system/System.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";

const CONTRACT = join(import.meta.dirname, "..", "..", "..", "data", "contracts", "credit-line.odcs.yaml");

/**
 * Writes a credit-line system from aggregate cells: `<dir>/work/credit-line/{decisions,outcomes}.parquet`
 * with every column of the contract at its physicalType (unused ones null), the contract copied to
 * `<dir>/contracts/` and `costs` as the cost model beside it. Each cell becomes `decisions` rows with the
 * amount split evenly; its first `automated` rows are decided by the model (else by a person), its first
 * `reviewed` rows are reviewed with the handling seconds split evenly. Returns the system, opened. Manual rows go to reviewers R1/R2
 * alternately. A cell with an outcome gets outcome rows observed at its day + 1 h; a pending cell gets one
 * outcome observed after the last decision (which the report must ignore: it is "in the future").
 */
export async function writeRoiFixture(db: Db, dir: string, cells: RoiCell[], costs: object): Promise<System> {
  const contract = await readContract(CONTRACT);
  const base = join(dir, "work", "credit-line");
  mkdirSync(base, {recursive: true});
  mkdirSync(join(dir, "contracts"), {recursive: true});
  copyFileSync(CONTRACT, join(dir, "contracts", "credit-line.odcs.yaml"));
  writeFileSync(join(dir, "contracts", "credit-line.costs.yaml"), stringify(costs));
  const columns = contract.schema[0].properties.map((p) => `${sqlIdentifier(p.name)} ${p.physicalType}`);
  await db.run(`CREATE OR REPLACE TABLE decisions (${columns.join(", ")});
    CREATE OR REPLACE TABLE outcomes (decision_id VARCHAR, observed_at TIMESTAMP, defaulted BOOLEAN)`);
  let id = 0;
  const lastDay = cells.map((c) => c.day).sort()[cells.length - 1];
  for (const c of cells)
    for (let i = 0; i < c.decisions; ++i) {
      const decisionId = `CL-${String(++id).padStart(8, "0")}`;
      const automated = i < c.automated;
      const reviewed = i < c.reviewed;
      await db.run(
        `INSERT INTO decisions (decision_id, system, decided_at, decision, final_decision, decision_source, routed_to_review,
          reviewer_id, review_decision, review_seconds, requested_limit, applicant_name, applicant_email)
        VALUES ($id, 'credit-line', $at::TIMESTAMP, $decision, $decision, $source, $routed, $reviewer, $review, $seconds, $amount, 'Ann Example', 'ann@example.org')`,
        {
          id: decisionId,
          at: `${c.day} ${String(8 + i).padStart(2, "0")}:00:00`,
          decision: c.decision,
          source: automated ? "model" : "human",
          routed: automated && reviewed,
          reviewer: reviewed ? `R${1 + (id % 2)}` : null,
          review: automated && reviewed ? c.decision : null,
          seconds: reviewed ? c.handlingSeconds / c.reviewed : null,
          amount: c.amount / c.decisions
        }
      );
      const observed = c.outcome === null ? `${lastDay} 23:59:00` : `${c.day} 23:00:00`;
      if (c.outcome !== null || i === 0)
        await db.run(`INSERT INTO outcomes VALUES ($id, $at::TIMESTAMP, $label)`, {
          id: decisionId,
          at: observed,
          label: c.outcome ?? true
        });
    }
  for (const table of ["decisions", "outcomes"])
    await db.run(
      `COPY (SELECT * FROM ${table} ORDER BY decision_id) TO ${sqlLiteral(join(base, `${table}.parquet`))} (FORMAT parquet)`
    );
  return openSystem(join(dir, "work"), "credit-line", {contracts: join(dir, "contracts")});
}
