import {BATCH_ROWS, engineBatches} from "./engineBatches.js";
import type {Engine} from "./Engine.js";

/**
 * The rows of a query whose columns are all numbers (never NULL), as chunks of Float64Array columns in the query's
 * order: the engine's own bulk reader when it has one (DuckDB: straight from its vectors); on PostgreSQL `size` rows
 * at a time through a cursor (engineBatches), so a result of one row per distinct value (a continuous column's
 * counts at 10M rows) never sits in memory as JS rows whole; else one chunk built from `all`. Counts per distinct
 * value reach the drift statistics this way.
 *
 * @throws {Error} carrying the SQL when the query fails or a value is not a finite-or-infinite number
 * @example for await (const [v, n] of numericChunks(engine, "SELECT 1.5 AS v, 2 AS n")) v[0]; // => 1.5
 */
export async function* numericChunks(
  engine: Pick<Engine, "all" | "numericChunks"> & Partial<Pick<Engine, "dialect" | "run">>,
  sql: string,
  size = BATCH_ROWS
): AsyncIterable<Float64Array[]> {
  if (engine.numericChunks) {
    yield* engine.numericChunks(sql);
    return;
  }
  const {dialect, run} = engine;
  const batches =
    dialect === "postgres" && run
      ? engineBatches<Record<string, unknown>>(
          {dialect, run: run.bind(engine), all: engine.all.bind(engine)},
          sql,
          size
        )
      : [await engine.all<Record<string, unknown>>(sql)];
  for await (const rows of batches) {
    if (rows.length === 0) continue;
    const names = Object.keys(rows[0]);
    yield names.map((name) =>
      Float64Array.from(rows, (row) => {
        const x = row[name];
        const v = typeof x === "number" ? x : typeof x === "string" ? Number(x) : NaN;
        if (Number.isNaN(v))
          throw new Error(`numericChunks: ${name} is ${JSON.stringify(x)}, not a number\nSQL: ${sql}`);
        return v;
      })
    );
  }
}
