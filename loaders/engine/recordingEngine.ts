import type {Engine} from "./Engine.js";

/** A query an engine ran, and how many rows it returned to the workbench. */
export interface RecordedQuery {
  sql: string;
  rows: number;
}

/**
 * An engine that remembers every statement it runs (`all` and `run`), in order, with the rows each returned, so a test or a
 * benchmark can read the plan of each statement a computation sent (see pushdownReport) and count what left the
 * engine. Everything else is the wrapped engine's.
 *
 * @example const {engine, queries} = recordingEngine(await openEngine(url)); await refresh(engine); queries.length
 */
export function recordingEngine(inner: Engine): {engine: Engine; queries: RecordedQuery[]} {
  const queries: RecordedQuery[] = [];
  return {
    queries,
    engine: {
      ...inner,
      async all<T>(sql: string, params?: Parameters<Engine["all"]>[1]) {
        const rows = await inner.all<T>(sql, params);
        queries.push({sql, rows: rows.length});
        return rows;
      },
      async run(sql: string, params?: Parameters<Engine["run"]>[1]) {
        await inner.run(sql, params);
        queries.push({sql, rows: 0}); // e.g. a cursor's DECLARE (engineBatches), whose rows its FETCHes return
      }
    }
  };
}
