import {queryResult, type ArrowLike, type QueryResult} from "./queryResult.js";

/** A query's outcome: its result, or the database's error message. */
export type QueryOutcome = ({ok: true} & QueryResult) | {ok: false; error: string};

/**
 * Runs one SQL query on a client with a `query(sql)` method returning an Arrow table (Framework's DuckDBClient) and
 * returns its rows and columns (queryResult), or the error message instead of throwing, so a page can show a typo as
 * text rather than a failed cell. An empty query is an error.
 *
 * @example const outcome = await runQuery(db, "SELECT 42 AS answer"); // => {ok: true, columns: [...], rows: [{answer: 42}]}
 */
export async function runQuery(client: {query(sql: string): Promise<ArrowLike>}, sql: string): Promise<QueryOutcome> {
  if (sql.trim() === "") return {ok: false, error: "empty query"};
  try {
    return {ok: true, ...queryResult(await client.query(sql))};
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error)};
  }
}
