import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import type {Db} from "../../../loaders/db/openDb.js";

/**
 * A tiny ingested credit-line system under `<dir>/credit-line` with hand-checkable metrics: credit-lr@1.0.0 scored
 * CL1–CL6 (threshold 0.2), credit-gbdt@2.0.0 shadow-scored CL4–CL6, CL7 is a fallback (no model). The last decision
 * (CL6, 2026-04-01 12:00) is the as-of time: CL5's and CL6's outcomes are observed later, so they do not count.
 */
export async function writeModelsFixture(db: Db, dir: string): Promise<void> {
  const system = join(dir, "credit-line");
  await mkdir(system, {recursive: true});
  await db.run(`COPY (SELECT decision_id, 'credit-line' AS system, decided_at::TIMESTAMP AS decided_at, model_name,
      model_version, score::DOUBLE AS score, threshold::DOUBLE AS threshold, shadow_model_name, shadow_model_version,
      shadow_score::DOUBLE AS shadow_score, sex, age_band, ethnicity
    FROM (VALUES
      ('CL1', '2026-03-02 10:00:00', 'credit-lr', '1.0.0', 0.05, 0.2, NULL, NULL, NULL, 'female', '25-34', 'group_a'),
      ('CL2', '2026-03-03 10:00:00', 'credit-lr', '1.0.0', 0.30, 0.2, NULL, NULL, NULL, 'male', '65+', 'group_b'),
      ('CL3', '2026-03-04 10:00:00', 'credit-lr', '1.0.0', 0.10, 0.2, NULL, NULL, NULL, 'female', '65+', 'group_a'),
      ('CL4', '2026-03-09 10:00:00', 'credit-lr', '1.0.0', 0.40, 0.2, 'credit-gbdt', '2.0.0', 0.35, 'male', '25-34', 'group_b'),
      ('CL5', '2026-03-10 10:00:00', 'credit-lr', '1.0.0', 0.15, 0.2, 'credit-gbdt', '2.0.0', 0.05, 'female', '35-49', 'group_c'),
      ('CL6', '2026-04-01 12:00:00', 'credit-lr', '1.0.0', 0.60, 0.2, 'credit-gbdt', '2.0.0', 0.70, 'male', '65+', 'group_c'),
      ('CL7', '2026-03-20 10:00:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'male', '65+', 'group_a')
    ) t(decision_id, decided_at, model_name, model_version, score, threshold, shadow_model_name, shadow_model_version,
        shadow_score, sex, age_band, ethnicity)) TO '${join(system, "decisions.parquet")}' (FORMAT parquet)`);
  await db.run(`COPY (SELECT decision_id, observed_at::TIMESTAMP AS observed_at, defaulted
    FROM (VALUES
      ('CL1', '2026-03-20 00:00:00', false), ('CL2', '2026-03-25 00:00:00', true), ('CL3', '2026-03-30 00:00:00', true),
      ('CL4', '2026-04-01 12:00:00', false), ('CL5', '2026-05-01 00:00:00', false), ('CL6', '2026-06-01 00:00:00', true),
      ('CL7', '2026-04-01 00:00:00', true)
    ) t(decision_id, observed_at, defaulted)) TO '${join(system, "outcomes.parquet")}' (FORMAT parquet)`);
}
