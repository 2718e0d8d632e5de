import {labelledSql} from "../../../loaders/engine/labelledSql.js";
import type {ShardLoadRequest} from "../../../loaders/engine/shardLoad.js";

/**
 * The shard-load request for test/loaders/spc/decisionFixture.ts's files: decisions and outcomes spread by
 * decision_id into `schema` (and the quarantine, if given, by file and row), and the `labelled` view (decisions with their outcome's observed_at and defaulted).
 */
export function fixtureRequest(
  schema: string,
  files: {decisions: string; outcomes: string; quarantine?: string}
): ShardLoadRequest {
  return {
    schema,
    key: ["decision_id"],
    tables: [
      {name: "decisions", file: files.decisions, time: "decided_at"},
      {name: "outcomes", file: files.outcomes},
      ...(files.quarantine ? [{name: "quarantine", file: files.quarantine, key: ["_source_file", "_row"]}] : [])
    ],
    views: [
      {
        name: "labelled",
        sql: fixtureLabelledSql(`"${schema}"."decisions"`, `"${schema}"."outcomes"`),
        time: "decided_at"
      }
    ]
  };
}

/** The fixture's decisions with their outcomes, over any two relations. */
export const fixtureLabelledSql = (decisions: string, outcomes: string) =>
  labelledSql(decisions, outcomes, ["decision_id"], ["observed_at", "defaulted"]);
