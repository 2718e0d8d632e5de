import {mkdirSync} from "node:fs";
import {join} from "node:path";
import type {Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";

/**
 * Fixture decision log (hand-built): group a has tp 40, fp 10, tn 30, fn 20 and 10 unlabelled rows (5 approved);
 * group b has tp 15, fp 5, tn 20, fn 10; plus 3 rows of b with neither score nor decision (excluded).
 * decision "yes" ⇔ score 0.7, "no" ⇔ score 0.3; outcome "good" is the positive label. Rows alternate between
 * January and February 2026.
 */
export async function writeFairnessFixture(db: Db, file: string): Promise<void> {
  const format = file.endsWith(".csv") ? "(HEADER)" : "(FORMAT parquet)";
  await db.run(`COPY (
  SELECT grp, decision, outcome,
    CASE decision WHEN 'yes' THEN 0.7 WHEN 'no' THEN 0.3 END AS score,
    TIMESTAMP '2026-01-15 10:00:00' + to_months(CAST(i % 2 AS INTEGER)) AS at
  FROM (VALUES ('a', 'yes', 'good', 40), ('a', 'yes', 'bad', 10), ('a', 'no', 'bad', 30), ('a', 'no', 'good', 20),
               ('a', 'yes', NULL, 5), ('a', 'no', NULL, 5),
               ('b', 'yes', 'good', 15), ('b', 'yes', 'bad', 5), ('b', 'no', 'bad', 20), ('b', 'no', 'good', 10),
               ('b', NULL, 'good', 3)) v(grp, decision, outcome, n),
       range(n) r(i)
  ORDER BY grp, decision, outcome, i
) TO ${sqlLiteral(file)} ${format}`);
}

/** A tiny ingested credit-line system: 6 decisions (contract column names and types), 4 outcomes. */
export async function writeCreditLineFixture(db: Db, dir: string): Promise<void> {
  const base = join(dir, "credit-line");
  mkdirSync(base, {recursive: true});
  await db.run(`COPY (SELECT * FROM (VALUES
    ('CL-00000001', TIMESTAMP '2026-03-02 09:00:00', 'credit-lr', '1.0.0', 'female', '25-34', 'group_a', 0.10, 0.2, 'approve', 'model', false, NULL, false, 'approve', 'Ann A', 'a@x.org'),
    ('CL-00000002', TIMESTAMP '2026-03-01 09:00:00', 'credit-lr', '1.0.0', 'male', '35-49', 'group_c', 0.18, 0.2, 'refer', 'model', true, 'approve', true, 'approve', 'Bo B', 'b@x.org'),
    ('CL-00000003', TIMESTAMP '2026-03-03 09:00:00', 'credit-lr', '1.0.0', 'male', '65+', 'group_c', 0.40, 0.2, 'decline', 'model', false, NULL, false, 'decline', 'Cy C', 'c@x.org'),
    ('CL-00000004', TIMESTAMP '2026-04-01 09:00:00', 'credit-lr', '1.1.0', 'female', '18-24', 'group_b', 0.22, 0.2, 'refer', 'model', true, 'decline', false, 'decline', 'Di D', 'd@x.org'),
    ('CL-00000005', TIMESTAMP '2026-04-02 09:00:00', NULL, NULL, 'other', '50-64', 'group_a', NULL, NULL, 'approve', 'human', false, NULL, NULL, 'approve', 'Ed E', 'e@x.org'),
    ('CL-00000006', TIMESTAMP '2026-04-03 09:00:00', 'credit-lr', '1.1.0', 'female', '25-34', 'group_a', 0.05, 0.2, 'approve', 'model', false, NULL, false, 'approve', 'Fa F', 'f@x.org')
  ) v(decision_id, decided_at, model_name, model_version, sex, age_band, ethnicity, score, threshold, decision,
      decision_source, routed_to_review, review_decision, overridden, final_decision, applicant_name, applicant_email))
  TO ${sqlLiteral(join(base, "decisions.parquet"))} (FORMAT parquet)`);
  await db.run(`COPY (SELECT * FROM (VALUES
    ('CL-00000001', TIMESTAMP '2026-05-01 00:00:00', false),
    ('CL-00000002', TIMESTAMP '2026-05-01 00:00:00', true),
    ('CL-00000003', TIMESTAMP '2026-05-01 00:00:00', false),
    ('CL-00000006', TIMESTAMP '2026-06-01 00:00:00', false)
  ) v(decision_id, observed_at, defaulted)) TO ${sqlLiteral(join(base, "outcomes.parquet"))} (FORMAT parquet)`);
}
