import type {Engine} from "./Engine.js";

/** A shard of a sharded PostgreSQL: its foreign server on the coordinator, and a URL to load it directly. */
export interface ShardServer {
  /** The foreign server's name, e.g. `shard_1`. */
  server: string;
  /** `postgres://user:password@host:port/dbname` from the server's options and the current user's mapping. */
  url: string;
}

/**
 * The postgres_fdw foreign servers of a coordinator, by name, with a URL built from each server's `host`, `port` and
 * `dbname` options and the current user's user mapping (`user`, `password`; PostgreSQL shows a mapping's options to
 * the user it maps). Empty when the database declares none (a plain PostgreSQL).
 *
 * @example await shardServers(engine) // => [{server: "shard_1", url: "postgres://workbench:…@127.0.0.1:5442/workbench"}, ...]
 */
export async function shardServers(engine: Engine): Promise<ShardServer[]> {
  if (engine.dialect !== "postgres") return [];
  const rows = await engine.all<{server: string; options: string[] | null; mapping: string[] | null}>(
    `SELECT s.srvname AS server, s.srvoptions AS options, m.umoptions AS mapping
     FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
     LEFT JOIN pg_catalog.pg_user_mappings m ON m.srvid = s.oid AND m.usename IN (current_user, 'public')
     WHERE w.fdwname = 'postgres_fdw' ORDER BY s.srvname`
  );
  const parse = (list: string[] | null) =>
    new Map((list ?? []).map((o) => [o.slice(0, o.indexOf("=")), o.slice(o.indexOf("=") + 1)] as const));
  return rows.map(({server, options, mapping}) => {
    const o = parse(options);
    const m = parse(mapping);
    const url = new URL("postgres://localhost");
    url.hostname = o.get("host") ?? "localhost";
    url.port = o.get("port") ?? "5432";
    url.pathname = `/${encodeURIComponent(o.get("dbname") ?? m.get("user") ?? "postgres")}`;
    url.username = encodeURIComponent(m.get("user") ?? "");
    url.password = encodeURIComponent(m.get("password") ?? "");
    return {server, url: url.toString()};
  });
}
