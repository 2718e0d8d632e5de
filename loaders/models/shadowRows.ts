import {outcomeValue} from "../../src/lib/roi/outcomeValue.js";
import type {ShadowSystemMeta} from "../../src/lib/shadow/ShadowMeta.js";
import type {ShadowRow} from "../../src/lib/shadow/shadowReport.js";
import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {readCostModel} from "../roi/readCostModel.js";
import {InputError} from "../cli/errors.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";

/** The segment columns the Shadow page and `workbench shadow` break results down by, per system. */
export const SHADOW_SEGMENTS: Readonly<Record<string, readonly string[]>> = {
  "credit-line": ["age_band", "sex", "ethnicity", "region"],
  "fraud-screen": ["age_band", "sex", "ethnicity", "channel"]
};

/** Shadow rows of one system with the pair of models that scored them (the Shadow page's meta, with the rows). */
export type ShadowData = Omit<ShadowSystemMeta, "rows" | "latency"> & {rows: ShadowRow[]};

/**
 * Reads the decisions scored by both the production and the shadow model (score and shadow_score not null)
 * from the system's decisions, joins the label from its outcomes (null where it has not arrived),
 * and values each labelled decision under each model's decision with the system's cost model
 * (`<system>.costs.yaml`, outcomeValue: perCase + perAmount × amount). The champion's decision is
 * its model decision (the logged decision of model-made rows; for rule rows the policy applied to its score
 * is not logged, so the logged decision stands). No PII column is read. Ordered by decision_id.
 *
 * @throws {InputError} for an unreadable directory, a contract or cost model error, or no shadow rows
 * @example
 * const {rows} = await shadowRows(await openSystem("data/.work", "credit-line"), {db});
 */
export async function shadowRows(opened: System, {db}: {db: Db | Engine}): Promise<ShadowData> {
  const {contract, name: system} = opened;
  const dir = opened.paths.dir;
  const costs = await readCostModel(opened.paths.costs, contract);
  const label = needRole(opened, "outcome").label;
  const favourable = needRole(opened, "positiveDecision");
  const segments = SHADOW_SEGMENTS[system];
  if (!segments) throw new InputError(`no shadow segments for system ${JSON.stringify(system)}`);
  const decisions = opened.paths.decisions;
  const sql = `SELECT d.decision_id, strftime(d.decided_at, '%Y-%m-%d') AS day,
  d.model_name || '@' || d.model_version AS champion, d.shadow_model_name || '@' || d.shadow_model_version AS challenger,
  d.score AS champion_score, d.shadow_score AS challenger_score,
  d.decision AS champion_decision, d.shadow_decision AS challenger_decision,
  o.${sqlIdentifier(label)} AS label, d.confidence_band, d.${sqlIdentifier(costs.amount)}::DOUBLE AS amount,
  ${segments.map((s) => `d.${sqlIdentifier(s)}`).join(", ")}
FROM ${opened.relation} d
LEFT JOIN ${opened.relations.outcomes ?? "(SELECT NULL::VARCHAR AS decision_id, NULL::BOOLEAN AS " + sqlIdentifier(label) + " WHERE false)"} o USING (decision_id)
WHERE d.score IS NOT NULL AND d.shadow_score IS NOT NULL AND d.system = ${sqlLiteral(system)}
ORDER BY d.decision_id`;
  // on another engine: the decisions with their outcomes are the labelled relation (joined on a sharded engine's
  // shards); row-level by design (the Shadow page compares the two models decision by decision)
  const labelled = opened.relations.outcomes ? opened.relations.labelled : undefined;
  const engineSql = `SELECT d.decision_id, CAST(CAST(d.decided_at AS DATE) AS VARCHAR) AS day,
  d.model_name || '@' || d.model_version AS champion, d.shadow_model_name || '@' || d.shadow_model_version AS challenger,
  d.score AS champion_score, d.shadow_score AS challenger_score,
  d.decision AS champion_decision, d.shadow_decision AS challenger_decision,
  ${labelled ? `d.${sqlIdentifier(label)}` : "CAST(NULL AS BOOLEAN)"} AS label, d.confidence_band,
  CAST(d.${sqlIdentifier(costs.amount)} AS DOUBLE PRECISION) AS amount, ${segments.map((s) => `d.${sqlIdentifier(s)}`).join(", ")}
FROM ${labelled ?? opened.relation} d
WHERE d.score IS NOT NULL AND d.shadow_score IS NOT NULL AND d.system = ${sqlLiteral(system)}
ORDER BY d.decision_id`;
  let raw: Record<string, unknown>[];
  try {
    raw = await db.all("dialect" in db && db.dialect !== "duckdb" ? engineSql : sql);
  } catch (error) {
    throw new InputError(
      `cannot read shadow rows: ${(error as Error).message.split("\n")[0]}`,
      {file: dir},
      {cause: error}
    );
  }
  if (!raw.length) throw new InputError("no rows scored by both a production and a shadow model", {file: decisions});
  const pairs = [...new Set(raw.map((r) => `${r.champion} vs ${r.challenger}`))];
  if (pairs.length !== 1) throw new InputError(`expected one model pair, found ${pairs.join("; ")}`, {file: decisions});
  const value = (decision: string, outcome: boolean | null, amount: number) =>
    outcome === null
      ? null
      : outcomeValue(
          [{day: "", decision, outcome, decisions: 1, amount, automated: 1, reviewed: 0, handlingSeconds: 0}],
          costs
        );
  const rows: ShadowRow[] = raw.map((r) => {
    const outcome = r.label === null || r.label === undefined ? null : Boolean(r.label);
    const amount = r.amount as number;
    const row: ShadowRow = {
      day: String(r.day),
      champion_score: r.champion_score as number,
      challenger_score: r.challenger_score as number,
      champion_decision: String(r.champion_decision),
      challenger_decision: String(r.challenger_decision),
      label: outcome,
      confidence_band: (r.confidence_band as string | null) ?? null,
      champion_value: value(String(r.champion_decision), outcome, amount),
      challenger_value: value(String(r.challenger_decision), outcome, amount)
    };
    for (const s of segments) row[s] = r[s] === null ? null : String(r[s]);
    return row;
  });
  const protectedColumns = new Set(
    contract.schema[0].properties.filter((p) => p.classification === "protected").map((p) => p.name)
  );
  const judged = segments.filter((s) => protectedColumns.has(s));
  return {
    system,
    favourable,
    champion: String(raw[0].champion),
    challenger: String(raw[0].challenger),
    segments,
    judged,
    currency: costs.currency,
    rows
  };
}
