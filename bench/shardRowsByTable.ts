/**
 * Rows each derived table pulls from the shards of a sharded PostgreSQL: one `refresh --engine` of one system,
 * reading the shards' FETCH counters (shardFetchRows) after each table and holding the next table's first query until
 * the reading is done, so every row is counted against the table that asked for it. A table of lines on stdout,
 * largest first, with the total; the refresh writes its derived tables as `workbench refresh --engine` does.
 *
 * Run (after `workbench shard-load` of the system, e.g. by `npm run bench -- --only sharded`):
 *   node --import tsx bench/shardRowsByTable.ts --data bench/.out/n1000000/work --system credit-line \
 *     --engine postgres://workbench:workbench@127.0.0.1:5441/workbench
 */
import {flagString, parseArgs} from "../loaders/cli/args.js";
import type {Engine} from "../loaders/engine/Engine.js";
import {openEngine} from "../loaders/engine/openEngine.js";
import {refresh} from "../loaders/refresh/refresh.js";
import {shardFetchRows} from "./shardFetchRows.js";

const args = parseArgs(process.argv.slice(2));
const dir = flagString(args, "data");
const system = flagString(args, "system");
const url = flagString(args, "engine", process.env.WORKBENCH_SHARDED_URL);
const engine = await openEngine(url);
const counter = await openEngine(url);
let reading = shardFetchRows(counter);
let last = await reading;
const rows = new Map<string, number>();
/** The engine the refresh reads, each query after the last reading. */
const counted: Engine = {
  ...engine,
  all: async (sql, params) => (await reading, engine.all(sql, params)),
  run: async (sql, params) => (await reading, engine.run(sql, params)),
  close: () => engine.close()
};
const started = Date.now();
try {
  await refresh(
    {dir, systems: [system], force: true, engine: counted, frameworkCache: null},
    {
      log: (m) => {
        const table = /^refresh [^:]+: ([^:]+): /.exec(m)?.[1];
        if (!table) return;
        // one reading after another, in the order of the tables (a table with no query reads what the last one did)
        reading = reading
          .then(() => shardFetchRows(counter))
          .then((n) => {
            rows.set(table, n - last);
            last = n;
            return n;
          });
      }
    }
  );
  await reading;
} finally {
  await engine.close();
  await counter.close();
}
const total = [...rows.values()].reduce((a, b) => a + b, 0);
for (const [table, n] of [...rows].sort((a, b) => b[1] - a[1]))
  process.stdout.write(`${table}\t${n.toLocaleString("en")}\n`);
process.stdout.write(
  `total\t${total.toLocaleString("en")}\t(${system}, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`
);
