import type {Engine} from "./Engine.js";

/**
 * An engine that remembers every query it runs (`all`), in order, so a test or a benchmark can read the plan of each
 * statement a computation sent (see pushdownReport). Everything else is the wrapped engine's.
 *
 * @example const {engine, queries} = recordingEngine(await openEngine(url)); await refresh(engine); queries.length
 */
export function recordingEngine(inner: Engine): {engine: Engine; queries: string[]} {
  const queries: string[] = [];
  return {
    queries,
    engine: {
      ...inner,
      all(sql, params) {
        queries.push(sql);
        return inner.all(sql, params);
      }
    }
  };
}
