import type {Engine} from "./Engine.js";

/** Rows a PostgreSQL cursor fetches at a time (engineBatches' default). */
export const BATCH_ROWS = 50_000;

const DECLARE = 'DECLARE "__batches" NO SCROLL CURSOR FOR ';

/**
 * The query a statement engineBatches sent computes: the cursor's query for its `DECLARE`, else the statement itself
 * (for a test or a benchmark reading the plans of what a recordingEngine saw).
 *
 * @example cursorQuery('DECLARE "__batches" NO SCROLL CURSOR FOR SELECT 1') // => "SELECT 1"
 */
export function cursorQuery(statement: string): string {
  return statement.startsWith(DECLARE) ? statement.slice(DECLARE.length) : statement;
}

/**
 * The rows of a query in batches of at most `size`, so that a large result (a row-level derived table: one row per
 * decision) never sits in memory whole: on PostgreSQL through a cursor in a transaction (`DECLARE ... NO SCROLL
 * CURSOR`, `FETCH size`; `cursor_tuple_fraction = 1` so the cursor's plan is the query's, aggregates pushed to the
 * shards as they would be), on DuckDB in one batch (it writes its own results to files instead).
 *
 * @throws {Error} carrying the SQL when a query fails (the transaction is rolled back)
 * @example for await (const rows of engineBatches(engine, "SELECT * FROM t")) await write(rows);
 */
export async function* engineBatches<T = Record<string, unknown>>(
  engine: Pick<Engine, "dialect" | "all" | "run">,
  sql: string,
  size = BATCH_ROWS
): AsyncIterable<T[]> {
  if (engine.dialect !== "postgres") {
    yield await engine.all<T>(sql);
    return;
  }
  await engine.run("BEGIN");
  let done = false;
  try {
    await engine.run("SET LOCAL cursor_tuple_fraction = 1");
    await engine.run(`${DECLARE}${sql}`);
    for (;;) {
      const rows = await engine.all<T>(`FETCH ${size} FROM "__batches"`);
      if (rows.length > 0) yield rows;
      if (rows.length < size) break;
    }
    done = true;
  } finally {
    await engine.run(done ? "COMMIT" : "ROLLBACK");
  }
}
