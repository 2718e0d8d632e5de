import {existsSync} from "node:fs";
import {readContract} from "../contract/readContract.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {listSystems} from "../workspace/listSystems.js";
import {piiColumns} from "./piiColumns.js";

/**
 * SQL for the Decision audit page's rows of one system: every accepted decision with every contract column
 * except personal data (columns classified pii are left out even when tokenised: the page needs no token), its
 * lineage (`_source_file`, `_row`), and its outcome when one has arrived (`outcome_observed_at`, `outcome_<label>`),
 * ordered by time and key. The Parquet ingest wrote already holds no raw PII; this drops the tokens too.
 *
 * @throws {Error} `no ingested system in <dir>` / `unknown system <name>`; InputError for a bad contract
 * @example await runParquetLoader(() => auditRowsQuery(workDir(), "credit-line"));
 */
export async function auditRowsQuery(dir: string, system: string): Promise<string> {
  const s = listSystems(dir).find((x) => x.system === system);
  if (!s) throw new Error(`unknown system ${system}`);
  const contract = await readContract(s.contract);
  const [decisions, outcomes] = contract.schema;
  const personal = new Set(piiColumns(contract, decisions).map((c) => c.name));
  const key = decisions.properties.find((p) => p.primaryKey)!.name;
  const columns = decisions.properties.filter((p) => !personal.has(p.name)).map((p) => `d.${id(p.name)}`);
  const time = columnWithTag(decisions, "time").name;
  let join = "";
  const extra: string[] = [];
  if (outcomes && s.outcomes && existsSync(s.outcomes)) {
    const observed = columnWithTag(outcomes, "time", true)?.name;
    const label = columnWithTag(outcomes, "label", true)?.name;
    join = `LEFT JOIN read_parquet(${sqlLiteral(s.outcomes)}) o ON o.${id(key)} = d.${id(key)}`;
    if (observed) extra.push(`o.${id(observed)} AS outcome_observed_at`);
    if (label) extra.push(`o.${id(label)} AS ${id(`outcome_${label}`)}`);
  }
  return `SELECT ${[...columns, ...extra, "d._source_file", "d._row"].join(", ")}
FROM read_parquet(${sqlLiteral(s.decisions)}) d ${join}
ORDER BY d.${id(time)}, d.${id(key)}`;
}
