/**
 * `node --import tsx bench/replay.ts --base <raw dir> --out <raw dir> --rows N [--seed 42] [--gzip]`
 *
 * Writes N credit-line decisions quickly and reproducibly by replaying a generated log (`workbench generate --clean`,
 * B credit-line rows) k = ⌈N / B⌉ times with new ids, in DuckDB: 100M rows in minutes instead of the generator's hour.
 * For issue 14's P3 (100M decisions on one machine); the generator itself is left alone.
 *
 * What a replayed row is (docs/scale.md, "100M rows: the replayed log"):
 * - copy r = 0 … k−1 of base row i; every column is copied as written (text, unparsed), except
 *   - decision_id: renumbered `CL-%08d` from 0 in output order (time, then copy, then base row): unique by
 *     construction, and 100,000,000 ids fit the contract's 8-digit pattern exactly;
 *   - decided_at: copy 0 keeps the base time; copy r ≥ 1 moves by a seeded offset δ(seed, r, i) in [0, 1 h), wrapped
 *     within the same UTC day, so every row stays on its day (and month) and copies do not sit side by side;
 *   - the outcome (when the base row has one) gets the new id and the same shift: the outcome delay is unchanged.
 * - When N is not a multiple of B, the last copy keeps m = N − (k−1)·B base rows spread evenly over time
 *   (row i is kept when ⌊i·m/B⌋ > ⌊(i−1)·m/B⌋).
 * - Files as the generator lays them out: `credit-line/decisions-YYYY-MM.csv` (one per month, in time order) and one
 *   `credit-line/outcomes.csv` (in decision order), `.csv.gz` with --gzip (gzip members, one per day), and a
 *   `manifest.json` of the generator's shape. Each day is sorted and written by DuckDB, then appended to its file.
 *
 * δ is murmur3's 32-bit finaliser of (i·0x9E3779B1 + r·0x7FEB352D + seed) mod 2³², in SQL integer arithmetic: the same
 * options give byte-identical files.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync, createReadStream, createWriteStream} from "node:fs";
import {join} from "node:path";
import {pipeline} from "node:stream/promises";
import {gzipSync} from "node:zlib";
import {flagInt, flagString, parseArgs} from "../loaders/cli/args.js";
import {openDb} from "../loaders/db/openDb.js";
import {sqlLiteral} from "../loaders/db/sqlLiteral.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SYSTEM = "credit-line";
const ID_PREFIX = "CL";
const ISO_MS = "'%Y-%m-%dT%H:%M:%S.%gZ'";

interface BaseManifest {
  generator: string;
  seed: number;
  format: string;
  systems: Record<string, {rows: number; malformedRows: number; decisions: {file: string}[]; outcomes: {file: string}}>;
}

/** δ in ms: murmur3 fmix32 of the row key, as SQL over UBIGINT (every product stays below 2⁶⁴). */
const jitterSql = (seed: number) => {
  const m = (x: string, c: number) => `((${x}) * ${c}::UBIGINT) % 4294967296`;
  const x = (h: string, s: number) => `xor(${h}, (${h}) >> ${s})`;
  const h0 = `((i::UBIGINT * 2654435761::UBIGINT + r::UBIGINT * 2146121005::UBIGINT + ${seed >>> 0}::UBIGINT) % 4294967296)`;
  return `CAST((${x(m(x(m(x(h0, 16), 0x85ebca6b), 13), 0xc2b2ae35), 16)}) % ${HOUR_MS} AS BIGINT)`;
};

const args = parseArgs(process.argv.slice(2), new Set(["gzip"]));
const baseDir = flagString(args, "base");
const out = flagString(args, "out");
const rows = flagInt(args, "rows", 0);
const seed = flagInt(args, "seed", 42);
const gzip = args.flags.has("gzip");
const ext = gzip ? "csv.gz" : "csv";
const log = (message: string) => void process.stderr.write(`replay: ${message}\n`);

const base = JSON.parse(readFileSync(join(baseDir, "manifest.json"), "utf8")) as BaseManifest;
const info = base.systems[SYSTEM];
if (base.generator !== "workbench generate" || base.format !== "csv")
  throw new Error(`replay: ${baseDir} is not CSV from workbench generate`);
if (info.malformedRows !== 0) throw new Error(`replay: ${baseDir} has malformed rows (generate it with --clean)`);
const B = info.rows;
if (!(Number.isSafeInteger(rows) && rows >= 1 && rows <= 100_000_000))
  throw new Error(`replay: invalid --rows ${rows} (1 to 100,000,000: 8-digit ids)`);
const k = Math.ceil(rows / B);
const m = rows - (k - 1) * B;

rmSync(out, {recursive: true, force: true});
mkdirSync(join(out, SYSTEM), {recursive: true});
const tmp = join(out, ".replay");
mkdirSync(tmp);
const part = join(tmp, `part.${ext}`);

/** Starts `file` with a CSV header line (a gzip member of its own with --gzip). */
const startFile = (file: string, header: string[]) =>
  writeFileSync(join(out, file), gzip ? gzipSync(`${header.join(",")}\n`) : `${header.join(",")}\n`);
/** Appends the part DuckDB just wrote to `file`. */
const appendPart = (file: string) => pipeline(createReadStream(part), createWriteStream(join(out, file), {flags: "a"}));

const db = await openDb({path: join(tmp, "replay.duckdb"), tempDirectory: join(tmp, "duckdb")});
try {
  const csv = (files: string[]) =>
    `read_csv([${files.map((f) => sqlLiteral(join(baseDir, f))).join(", ")}], header = true, all_varchar = true)`;
  // The base with its row number i (the generator's ids are 1…B in time order) and time in ms.
  await db.run(`CREATE TABLE base AS SELECT CAST(substr(decision_id, ${ID_PREFIX.length + 2}) AS BIGINT) AS i,
      epoch_ms(CAST(decided_at AS TIMESTAMP)) AS t_ms, * FROM ${csv(info.decisions.map((d) => d.file))}`);
  await db.run(`CREATE TABLE base_outcomes AS SELECT CAST(substr(decision_id, ${ID_PREFIX.length + 2}) AS BIGINT) AS i,
      epoch_ms(CAST(observed_at AS TIMESTAMP)) AS o_ms, defaulted FROM ${csv([info.outcomes.file])}`);
  const [check] = await db.all<{n: number; lo: number; hi: number}>(
    "SELECT count(*)::DOUBLE AS n, min(i)::DOUBLE AS lo, max(i)::DOUBLE AS hi FROM base"
  );
  if (check.n !== B || check.lo !== 1 || check.hi !== B)
    throw new Error(`replay: base ids are not 1…${B} (${JSON.stringify(check)})`);
  const columns = (await db.all<{name: string}>("SELECT name FROM pragma_table_info('base') ORDER BY cid"))
    .map((c) => c.name)
    .filter((c) => c !== "i" && c !== "t_ms");
  const lastCopy = `(i * ${m}) // ${B} > ((i - 1) * ${m}) // ${B}`;
  const days = await db.all<{day: number; n: number; lo: number; hi: number}>(
    `SELECT t_ms // ${DAY_MS} AS day, sum(${k - 1} + CASE WHEN ${lastCopy} THEN 1 ELSE 0 END)::DOUBLE AS n,
            min(i)::DOUBLE AS lo, max(i)::DOUBLE AS hi
     FROM base GROUP BY day ORDER BY day`
  );
  log(`${B.toLocaleString("en")} base rows × ${k} copies → ${rows.toLocaleString("en")} rows in ${days.length} days`);
  const id = `printf('${ID_PREFIX}-%08d', seq)`;
  const select = columns.map((c) =>
    c === "decision_id"
      ? `${id} AS decision_id`
      : c === "decided_at"
        ? `strftime(epoch_ms(new_ms), ${ISO_MS}) AS decided_at`
        : `"${c}"`
  );
  const options = `(HEADER false${gzip ? ", COMPRESSION gzip" : ""})`;
  const outcomes = {file: `${SYSTEM}/outcomes.${ext}`, rows: 0};
  startFile(outcomes.file, ["decision_id", "observed_at", "defaulted"]);
  const files: {file: string; lines: number}[] = [];
  let offset = 0;
  let next = 1;
  for (const {day, n, lo, hi} of days) {
    const file = `${SYSTEM}/decisions-${new Date(day * DAY_MS).toISOString().slice(0, 7)}.${ext}`;
    if (files.at(-1)?.file !== file) {
      files.push({file, lines: 1});
      startFile(file, columns);
    }
    if (lo !== next) throw new Error(`replay: base rows are not in time order (day ${day} starts at row ${lo})`);
    next = hi + 1;
    // the day's new rows as narrow keys, numbered in output order; then the wide rows, joined and written in that order
    const inDay = `i BETWEEN ${lo} AND ${hi}`; // the base is in time order, so a day is a range of i
    await db.run(`CREATE OR REPLACE TEMP TABLE day AS
      SELECT i, new_ms, new_ms - t_ms AS shift, ${offset} + row_number() OVER (ORDER BY new_ms, r, i) - 1 AS seq
      FROM (SELECT i, r, t_ms, t_ms - t_ms % ${DAY_MS} + (t_ms % ${DAY_MS} + CASE WHEN r = 0 THEN 0 ELSE ${jitterSql(seed)} END) % ${DAY_MS} AS new_ms
            FROM base, range(${k}) AS copies(r) WHERE ${inDay} AND (r < ${k - 1} OR ${lastCopy}))`);
    await db.run(`COPY (SELECT ${select.join(", ")} FROM day JOIN (SELECT * FROM base WHERE ${inDay}) USING (i) ORDER BY seq)
      TO ${sqlLiteral(part)} ${options}`);
    await appendPart(file);
    const [{Count: o}] = await db.all<{Count: number}>(
      `COPY (SELECT ${id} AS decision_id, strftime(epoch_ms(o_ms + shift), ${ISO_MS}) AS observed_at, defaulted
             FROM day JOIN (SELECT * FROM base_outcomes WHERE ${inDay}) USING (i) ORDER BY seq) TO ${sqlLiteral(part)} ${options}`
    );
    await appendPart(outcomes.file);
    files.at(-1)!.lines += n;
    outcomes.rows += o;
    offset += n;
    if (day % 30 === 29) log(`${offset.toLocaleString("en")} of ${rows.toLocaleString("en")} rows`);
  }
  if (offset !== rows) throw new Error(`replay: wrote ${offset} rows, expected ${rows}`);
  const manifest = {
    generator: "bench/replay.ts",
    seed,
    rows,
    format: ext,
    base: {dir: baseDir, generator: base.generator, seed: base.seed, rows: B},
    copies: k,
    lastCopyRows: m,
    systems: {[SYSTEM]: {rows, malformedRows: 0, decisions: files, outcomes}}
  };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  process.stdout.write(`${JSON.stringify({rows, copies: k, days: days.length, outcomes: outcomes.rows})}\n`);
} finally {
  db.close();
  rmSync(tmp, {recursive: true, force: true});
}
