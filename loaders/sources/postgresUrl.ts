import {InputError} from "../cli/errors.js";

/** A PostgreSQL source named by a URL: where to connect, which table, and a name safe to record. */
export interface PostgresUrl {
  /** The URL without the `table` parameter, for `pg` (other parameters such as `sslmode` stay). */
  connectionString: string;
  /** The table (or view) as `[schema, name]`; schema undefined means the search path decides. */
  table: [string | undefined, string];
  /** The URL without its password: recorded as `_source_file` and in the manifest. */
  name: string;
}

/**
 * Parses a `--source` of the form `postgres://user[:password]@host[:port]/database?table=[schema.]name`
 * (also `postgresql://`); other query parameters (`sslmode`, ...) are passed to the `pg` client. The password
 * may come from the URL, `$PGPASSWORD` or `~/.pgpass` (pg reads both). Returns undefined for anything that is
 * not a PostgreSQL URL (a file or glob). A table name holding `.` or `"` cannot be named this way.
 *
 * @throws {InputError} `<url>: no table (add ?table=<name>)`, `<url>: invalid table name "a.b.c"`, an unparsable URL
 * @example postgresUrl("postgres://wb:pw@127.0.0.1:5432/wb?table=public.decisions")
 * // => {connectionString: "postgres://wb:pw@127.0.0.1:5432/wb", table: ["public", "decisions"],
 * //     name: "postgres://wb@127.0.0.1:5432/wb?table=public.decisions"}
 */
export function postgresUrl(source: string): PostgresUrl | undefined {
  if (!/^postgres(ql)?:\/\//i.test(source)) return undefined;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw new InputError(`not a valid PostgreSQL URL ${JSON.stringify(source.replace(/:[^:@/]*@/, ":***@"))}`);
  }
  url.password = "";
  const display = url.toString();
  const table = url.searchParams.get("table");
  if (!table) throw new InputError("no table (add ?table=<name>)", {file: display});
  const parts = table.split(".");
  if (parts.length > 2 || parts.some((p) => p === "" || p.includes('"')))
    throw new InputError(`invalid table name ${JSON.stringify(table)}`, {file: display});
  const connection = new URL(source);
  connection.searchParams.delete("table");
  return {
    connectionString: connection.toString(),
    table: parts.length === 2 ? [parts[0], parts[1]] : [undefined, parts[0]],
    name: display
  };
}
