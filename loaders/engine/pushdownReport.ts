import type {Engine} from "./Engine.js";

/** One Foreign Scan of a plan: what the coordinator asked a shard for, and what came back. */
export interface ForeignScan {
  /** postgres_fdw's `Relations` (e.g. `Aggregate on ("s".decisions_1 decisions)`), or the scanned foreign table. */
  relations: string;
  /** Whether the shard computed a GROUP BY or aggregate (`Relations: Aggregate on ...`), so only aggregates came back. */
  aggregate: boolean;
  remoteSql: string;
  /** Rows the shard returned (EXPLAIN ANALYZE: actual rows × loops); undefined without `analyze`. */
  rows?: number;
}

export interface PushdownReport {
  scans: ForeignScan[];
  /** Every Foreign Scan is a pushed aggregate (and there is at least one). */
  pushed: boolean;
  /** Rows that crossed from the shards to the coordinator (with `analyze`). */
  rows?: number;
}

type PlanNode = Record<string, unknown> & {Plans?: PlanNode[]};

/**
 * Reads a query's plan on a sharded PostgreSQL (`EXPLAIN (VERBOSE, FORMAT JSON)`, with `analyze` also ANALYZE, which
 * runs the query) and lists its Foreign Scans: those postgres_fdw turned into a remote GROUP BY (`Relations:
 * Aggregate on ...`) return aggregates; any other ships the rows it reads to the coordinator. `pushed` holds when every
 * Foreign Scan is an aggregate; with `analyze`, `rows` is what crossed the network (the Foreign Scans' actual rows ×
 * loops). CTEs, subqueries and InitPlans are walked like any other node.
 *
 * @example const {pushed, rows} = await pushdownReport(engine, sql, {analyze: true});
 */
export async function pushdownReport(engine: Engine, sql: string, {analyze = false} = {}): Promise<PushdownReport> {
  if (engine.dialect !== "postgres") throw new Error(`pushdownReport: ${engine.name} is not PostgreSQL`);
  const [row] = await engine.all<{"QUERY PLAN": [{Plan: PlanNode}]}>(
    `EXPLAIN (VERBOSE, FORMAT JSON${analyze ? ", ANALYZE, TIMING OFF" : ""}) ${sql}`
  );
  const scans: ForeignScan[] = [];
  const walk = (node: PlanNode) => {
    if (node["Node Type"] === "Foreign Scan") {
      const relations = String(node["Relations"] ?? `${node["Schema"]}.${node["Relation Name"]}`);
      scans.push({
        relations,
        aggregate: relations.startsWith("Aggregate on "),
        remoteSql: String(node["Remote SQL"]),
        ...(analyze ? {rows: Number(node["Actual Rows"]) * Number(node["Actual Loops"])} : {})
      });
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(row["QUERY PLAN"][0].Plan);
  return {
    scans,
    pushed: scans.length > 0 && scans.every((s) => s.aggregate),
    ...(analyze ? {rows: scans.reduce((n, s) => n + s.rows!, 0)} : {})
  };
}
