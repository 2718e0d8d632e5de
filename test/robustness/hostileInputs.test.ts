import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {gzipSync} from "node:zlib";
import {openDb, type Db} from "../../loaders/db/openDb.js";
import {
  ingestArgs,
  CONTRACT,
  KEY,
  assertAccounting,
  cli,
  copyOutputs,
  oneLine,
  sampleLines,
  snapshot
} from "./robustness.js";

/**
 * Our own hostile-input suite (issue 12): each case is the generated sample's credit-line January file (seed 12)
 * with one kind of damage, ingested by the CLI (in this process) over the outputs of a previous good run. Each
 * asserts the exit code, the one-line message, rows read = accepted + quarantined + purged, which lines are
 * quarantined with which reason (line and field named), and that the previous outputs are byte-identical after any
 * run that fails. Kills at every step and concurrent runs: killAtEveryStep.test.ts.
 */

interface Case {
  name: string;
  /** The source files, by name (written into the case's folder). */
  files: () => Record<string, string | Buffer>;
  /** --source, relative to the case's folder; default the only file, or `*.csv`. */
  source?: string;
  /** Edits the contract's YAML text; the edited contract is written into the case's folder. */
  contract?: (yaml: string) => string;
  /** Flags instead of the default `--max-quarantine-rate 1`. */
  args?: string[];
  /** --out: default a copy of the previous good run. */
  out?: (dir: string) => string;
  exit: 0 | 1 | 2;
  /** The last stderr line (exit 1 and 2). */
  message?: RegExp;
  /** Exit 0: exactly these quarantined records, [line, reason] in file and line order. */
  quarantined?: [number, RegExp][];
  /** Exit 0: this many accepted rows (default all rows minus the quarantined ones). */
  accepted?: number;
  /** Exit 0: more checks on the accepted rows' Parquet file. */
  check?: (db: Db, decisions: string) => Promise<void>;
}

let tmp: string;
let header: string;
let rows: string[];
let outcomes: string;
let columns: string[];
let previous: string;
let db: Db;

/** Row i of the sample with `column` set to `value` (its line is i + 2). */
const set = (i: number, column: string, value: string) => {
  const fields = rows[i].split(",");
  const at = columns.indexOf(column);
  assert.ok(at >= 0, column);
  fields[at] = value;
  return fields.join(",");
};
/** The sample file with some rows replaced: {index: new text}. */
const csv = (edits: Record<number, string> = {}, eol = "\n") =>
  [header, ...rows.map((r, i) => edits[i] ?? r)].join(eol) + eol;
const latin1 = (text: string) => Buffer.from(text, "latin1");

const cases: Case[] = [
  // timestamps: ISO 8601 text in a plausible window, nothing DuckDB would read leniently (defects 1 and 2)
  ...(
    [
      ["a typo'd year (2062)", "2062-01-03T10:00:00Z", /decided_at: later than the ingest time \+ 1 d "2062/],
      ["infinity", "infinity", /decided_at: not a TIMESTAMP "infinity"/],
      ["-infinity", "-infinity", /decided_at: not a TIMESTAMP "-infinity"/],
      ["epoch", "epoch", /decided_at: not a TIMESTAMP "epoch"/],
      ["allballs", "allballs", /decided_at: not a TIMESTAMP "allballs"/],
      ["a bare epoch number", "1767225600000", /decided_at: not a TIMESTAMP "1767225600000"/],
      ["a zone name", "2026-01-05 10:00:00 Europe/Paris", /decided_at: not a TIMESTAMP/],
      ["February 30th", "2026-02-30T10:00:00Z", /decided_at: not a TIMESTAMP "2026-02-30/],
      ["hour 25", "2026-01-05T25:00:00Z", /decided_at: not a TIMESTAMP "2026-01-05T25/],
      [
        "a date before 2000",
        "1999-12-31T23:59:59Z",
        /^decided_at: before 2000-01-01, the earliest plausible time "1999-12-31T23:59:59Z"$/
      ],
      ["the word today", "today", /decided_at: not a TIMESTAMP "today"/],
      ["a missing required timestamp", "", /decided_at: required/]
    ] as const
  ).map(([what, value, reason]): Case => ({
    name: `timestamp: ${what} is quarantined naming line and field`,
    files: () => ({"a.csv": csv({3: set(3, "decided_at", value)})}),
    exit: 0,
    quarantined: [[5, reason]]
  })),
  // numbers: the documented decimal grammar (defect 2)
  ...(
    [
      ["an underscore (1_000)", "1_000"],
      ["NaN", "NaN"],
      ["Infinity", "Infinity"],
      ["-inf", "-inf"],
      ["hexadecimal", "0x10"],
      ["a leading space", " 12"],
      ["an overflowing exponent", "1e400"],
      ["a decimal comma", '"1,5"'],
      ["a trailing dot and letters", "12.5k"]
    ] as const
  ).map(([what, value]): Case => ({
    name: `number: ${what} is quarantined naming line and field`,
    files: () => ({"a.csv": csv({6: set(6, "income", value)})}),
    exit: 0,
    quarantined: [[8, /^income: not a DOUBLE /]]
  })),
  {
    name: "number: an exponent and a leading plus are decimals the grammar accepts",
    files: () => ({"a.csv": csv({6: set(6, "income", "4.2e4"), 7: set(7, "income", "+42000")})}),
    exit: 0,
    quarantined: [],
    check: async (d, file) =>
      assert.deepEqual(
        await d.all(`SELECT income FROM '${file}' WHERE decision_id IN ('${id(6)}', '${id(7)}') ORDER BY 1`),
        [{income: 42000}, {income: 42000}]
      )
  },
  {
    name: "integer: a fraction in an INTEGER column is quarantined, not rounded",
    files: () => ({"a.csv": csv({2: set(2, "open_accounts", "2.5")})}),
    exit: 0,
    quarantined: [[4, /^open_accounts: not an? INTEGER "2\.5"/]]
  },
  {
    name: "range: a negative income is quarantined with the bound",
    files: () => ({"a.csv": csv({2: set(2, "income", "-1")})}),
    exit: 0,
    quarantined: [[4, /^income: below minimum 0/]]
  },
  {
    name: "allowed values: a decision outside the list is quarantined",
    files: () => ({"a.csv": csv({2: set(2, "decision", "maybe")})}),
    exit: 0,
    quarantined: [[4, /^decision: not in allowed values "maybe"/]]
  },
  {
    name: "pattern: an id that breaks the pattern is quarantined",
    files: () => ({"a.csv": csv({2: set(2, "decision_id", "CL-12")})}),
    exit: 0,
    quarantined: [[4, /^decision_id: does not match/]]
  },
  {
    name: "duplicate ids in one file: the second is quarantined naming the first's line",
    files: () => ({"a.csv": csv({9: set(9, "decision_id", id(2))})}),
    exit: 0,
    quarantined: [[11, /^decision_id: duplicate of row 4 in a\.csv/]]
  },
  {
    name: "duplicate ids across the files of a glob: named with the other file and line",
    files: () => ({"a.csv": csv(), "b.csv": [header, rows[4]].join("\n") + "\n"}),
    exit: 0,
    quarantined: [[2, /^decision_id: duplicate of row 6 in a\.csv/]]
  },
  // encodings (defect 4)
  {
    name: "encoding: a lone continuation byte is quarantined, never replaced by U+FFFD",
    files: () => ({
      "a.csv": bytesAt(3, "applicant_name", Buffer.from([0x41, 0x80, 0x6e, 0x6e]))
    }),
    exit: 0,
    quarantined: [[5, /^invalid UTF-8 at byte 2 of field applicant_name$/]]
  },
  {
    name: "encoding: two latin-1 e-mails that would both decode to jos\uFFFD are two quarantined records, not one person",
    files: () => ({
      "a.csv": bytesAt(
        3,
        "applicant_email",
        latin1("jos\u00e9@example.org"),
        4,
        "applicant_email",
        latin1("jos\u00e8@example.org")
      )
    }),
    exit: 0,
    quarantined: [
      [5, /^invalid UTF-8 at byte 4 of field applicant_email$/],
      [6, /^invalid UTF-8 at byte 4 of field applicant_email$/]
    ]
  },
  {
    name: "encoding: an overlong UTF-8 sequence is invalid UTF-8",
    files: () => ({
      "a.csv": bytesAt(
        3,
        "applicant_email",
        Buffer.concat([Buffer.from("a"), Buffer.from([0xc0, 0xaf]), Buffer.from("@b.org")])
      )
    }),
    exit: 0,
    quarantined: [[5, /^invalid UTF-8 at byte 2 of field applicant_email$/]]
  },
  {
    name: "encoding: a contract that declares latin-1 decodes the same bytes instead",
    contract: (yaml) =>
      yaml.replace("customProperties:\n", "customProperties:\n  - {property: ingest, value: {encoding: latin-1}}\n"),
    files: () => ({
      "a.csv": Buffer.concat([
        latin1([header, ...rows.slice(0, 3)].join("\n") + "\n"),
        latin1(set(3, "applicant_name", "Jos\u00e9 N\u00fa\u00f1ez") + "\n"),
        latin1(rows.slice(4).join("\n") + "\n")
      ])
    }),
    exit: 0,
    quarantined: []
  },
  {
    name: "encoding: a UTF-8 byte order mark is skipped",
    files: () => ({"a.csv": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv())])}),
    exit: 0,
    quarantined: []
  },
  {
    name: "encoding: a UTF-16 file is one line naming the file, not a pass",
    files: () => ({"a.csv": Buffer.from("\ufeff" + csv(), "utf16le")}),
    exit: 2,
    message: /^error: .*a\.csv/
  },
  {
    name: "encoding: a NUL byte is kept in its value, not cut or replaced",
    files: () => ({"a.csv": csv({3: set(3, "reviewer_id", "R\u00000")})}),
    exit: 0,
    quarantined: [],
    check: async (d, file) =>
      assert.deepEqual(await d.all(`SELECT reviewer_id AS r FROM '${file}' WHERE decision_id = '${id(3)}'`), [
        {r: "R\u00000"}
      ])
  },
  // line ends
  {
    name: "line ends: CRLF gives the same rows as LF",
    files: () => ({"a.csv": csv({}, "\r\n")}),
    exit: 0,
    quarantined: []
  },
  {
    name: "line ends: mixed CRLF and LF are read record by record, same rows",
    files: () => ({"a.csv": csv().replace("\n", "\r\n")}),
    exit: 0,
    quarantined: []
  },
  {
    name: "line ends: no newline after the last record",
    files: () => ({"a.csv": csv().slice(0, -1)}),
    exit: 0,
    quarantined: []
  },
  {
    name: "line ends: blank lines are not rows, and later lines keep their physical numbers",
    files: () => ({"a.csv": csv({1: rows[1] + "\n\n", 5: set(5, "decision", "maybe")})}),
    exit: 0,
    quarantined: [[9, /^decision: not in allowed values "maybe"/]]
  },
  {
    name: "line ends: old Mac CR-only line ends are one line naming the file",
    files: () => ({"a.csv": csv({}, "\r")}),
    exit: 2,
    message: /^error: .*a\.csv/
  },
  // quoting
  {
    name: "quoting: a quoted field with a newline is one record, numbered by the line it starts on",
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", '"Ann\nLee"'), 5: set(5, "decision", "maybe")})}),
    exit: 0,
    quarantined: [[8, /^decision: not in allowed values/]]
  },
  {
    name: "quoting: a quoted comma and a doubled quote are read as text, not split",
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", '"Lee, ""Ann"""')})}),
    exit: 0,
    quarantined: []
  },
  {
    name: "quoting: text after a closing quote quarantines that line only",
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", '"Ann"Lee')})}),
    exit: 0,
    quarantined: [[5, /^text after closing quote in field 40/]]
  },
  {
    name: "quoting: a quote opened and never closed costs its own line, not the rest of the file",
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", '"Ann Lee')})}),
    exit: 0,
    quarantined: [[5, /quote/]]
  },
  {
    name: "quoting: a quote inside an unquoted field is an ordinary character",
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", 'Ann O"Lee')})}),
    exit: 0,
    quarantined: []
  },
  // structure
  {
    name: "structure: a short row is quarantined with its field count",
    files: () => ({"a.csv": csv({3: rows[3].split(",").slice(0, 10).join(",")})}),
    exit: 0,
    quarantined: [[5, /^expected 41 fields, found 10$/]]
  },
  {
    name: "structure: a long row is quarantined with its field count",
    files: () => ({"a.csv": csv({3: rows[3] + ",extra"})}),
    exit: 0,
    quarantined: [[5, /^expected 41 fields, found 42$/]]
  },
  {
    name: "structure: a field longer than the contract's maxRecordBytes quarantines its record instead of aborting",
    contract: (yaml) =>
      yaml.replace("customProperties:\n", "customProperties:\n  - {property: ingest, value: {maxRecordBytes: 2048}}\n"),
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", "x".repeat(5000))})}),
    exit: 0,
    quarantined: [[5, /longer than 2048 bytes|2048/]]
  },
  {
    name: "structure: a 9 MB field (over the default 8 MiB) quarantines its record instead of aborting",
    files: () => ({"a.csv": csv({3: set(3, "applicant_name", "y".repeat(9 * 2 ** 20))})}),
    exit: 0,
    quarantined: [[5, /8388608/]]
  },
  {
    name: "structure: a header-only file commits empty outputs",
    files: () => ({"a.csv": header + "\n"}),
    exit: 0,
    quarantined: []
  },
  {
    name: "structure: an empty file is one line: no header",
    files: () => ({"a.csv": ""}),
    exit: 2,
    message: /^error: .*a\.csv: empty file \(no header\)$/
  },
  {
    name: "header: a duplicated field is one line naming it (defect 6)",
    files: () => ({"a.csv": csv().replace("income,", "income,income,").replace(/\n/, "\n")}),
    exit: 2,
    message: /^error: .*a\.csv:1: .*income/
  },
  {
    name: "header: two names differing only in case are one line",
    files: () => ({"a.csv": csv().replace(/^decision_id,/, "decision_id,Decision_ID,")}),
    exit: 2,
    message: /^error: .*a\.csv:1: .*[dD]ecision_[iI][dD]/
  },
  {
    name: "header: a missing required column is one line naming the field",
    files: () => ({
      "a.csv": [header, ...rows]
        .map((l) =>
          l
            .split(",")
            .filter((_, i) => i !== columns.indexOf("income"))
            .join(",")
        )
        .join("\n")
    }),
    exit: 2,
    message: /^error: .*a\.csv.*income/
  },
  {
    name: "header: columns in another order and an extra column are read by name",
    files: () => ({
      "a.csv": [header, ...rows]
        .map((l, n) => {
          const f = l.split(",");
          return [f[3], f[0], f[1], f[2], ...f.slice(4), n === 0 ? "note" : "x"].join(",");
        })
        .join("\n")
    }),
    exit: 0,
    quarantined: []
  },
  // schema drift between the files of one glob
  {
    name: "schema drift: the second file of a glob lacks a required column: one line naming that file",
    files: () => ({
      "a.csv": csv(),
      "b.csv": [header, rows[0]]
        .map((l) =>
          l
            .split(",")
            .filter((_, i) => i !== columns.indexOf("decision"))
            .join(",")
        )
        .join("\n")
    }),
    exit: 2,
    message: /^error: .*b\.csv.*decision/
  },
  {
    name: "schema drift: the second file of a glob orders its columns differently",
    files: () => ({
      "a.csv": csv({0: rows[0]}),
      "b.csv": [header, rows[0].replace("CL-0", "CL-9")]
        .map((l) => {
          const f = l.split(",");
          return [f[1], f[0], ...f.slice(2)].join(",");
        })
        .join("\n")
    }),
    exit: 0,
    quarantined: []
  },
  // JSON Lines
  {
    name: "JSON Lines: a malformed line and a non-object are quarantined with their text",
    source: "a.jsonl",
    files: () => ({"a.jsonl": jsonl({2: "{not json", 4: "[1, 2]"})}),
    exit: 0,
    quarantined: [
      [3, /JSON/],
      [5, /object/]
    ]
  },
  {
    name: "JSON Lines: a number where text is expected is read as its JSON text",
    source: "a.jsonl",
    files: () => ({"a.jsonl": jsonl({}, {3: {reviewer_id: 17}})}),
    exit: 0,
    quarantined: []
  },
  {
    name: "gzip: a truncated .csv.gz is one line naming the file",
    source: "a.csv.gz",
    files: () => ({"a.csv.gz": gzipSync(csv()).subarray(0, 200)}),
    exit: 2,
    message: /^error: .*a\.csv\.gz: not a readable gzip file/
  },
  {
    name: "gzip: a .csv.gz is read as the CSV it holds",
    source: "a.csv.gz",
    files: () => ({"a.csv.gz": gzipSync(csv({3: set(3, "decision", "maybe")}))}),
    exit: 0,
    quarantined: [[5, /^decision: not in allowed values/]]
  },
  // injected content is kept as text, never interpreted or altered
  {
    name: "injection: HTML and a spreadsheet formula in text fields are stored as given",
    files: () => ({
      "a.csv": csv({3: set(3, "reviewer_id", "<script>alert(1)</script>"), 4: set(4, "reviewer_id", "=cmd()")})
    }),
    exit: 0,
    quarantined: [],
    check: async (d, file) =>
      assert.deepEqual(
        (
          await d.all<{r: string}>(
            `SELECT reviewer_id AS r FROM '${file}' WHERE decision_id IN ('${id(3)}', '${id(4)}') ORDER BY decision_id`
          )
        ).map((x) => x.r),
        ["<script>alert(1)</script>", "=cmd()"]
      )
  },
  // broken contracts: one line naming the contract and the path inside it
  {
    name: "contract: not YAML",
    contract: () => "schema: [unclosed\n  - {",
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: .*contract\.odcs\.yaml/
  },
  {
    name: "contract: two properties differing only in case (defect 6)",
    contract: (yaml) =>
      yaml.replace("      - {name: income,", "      - {name: INCOME, logicalType: number}\n      - {name: income,"),
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message:
      /^error: .*contract\.odcs\.yaml: schema\[0\]\.properties\[\d+\]\.name: property "income" differs from "INCOME" only in case/
  },
  {
    name: "contract: an unknown logical type",
    contract: (yaml) => yaml.replace("{name: income, logicalType: number", "{name: income, logicalType: numbr"),
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: .*contract\.odcs\.yaml: schema\[0\]\.properties\[\d+\]\.logicalType: unknown logical type "numbr"/
  },
  {
    name: "contract: an unknown ingest setting",
    contract: (yaml) =>
      yaml.replace("customProperties:\n", "customProperties:\n  - {property: ingest, value: {encodng: latin-1}}\n"),
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: .*contract\.odcs\.yaml.*unknown setting/
  },
  {
    name: "contract: a pattern DuckDB's RE2 rejects",
    contract: (yaml) => yaml.replace('pattern: "^CL-[0-9]{8}$"', 'pattern: "^CL-(?=[0-9])"'),
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: .*contract\.odcs\.yaml.*pattern/
  },
  {
    name: "contract: a file that does not exist",
    contract: () => "",
    args: ["--contract", "no/such.odcs.yaml"],
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: .*no\/such\.odcs\.yaml/
  },
  // sources and outputs that cannot be used
  {
    name: "source: a glob that matches nothing is one line",
    source: "*.jsonl",
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: .*\*\.jsonl/
  },
  {
    name: "source: an unknown format is one line",
    source: "a.xlsx",
    files: () => ({"a.xlsx": csv()}),
    exit: 2,
    message: /^error: .*a\.xlsx/
  },
  {
    name: "output: --out that is an existing file is one line, exit 2 (defect 6)",
    files: () => ({"a.csv": csv(), "file.txt": "x"}),
    out: (dir) => join(dir, "file.txt"),
    exit: 2,
    message: /^error: .*file\.txt/
  },
  {
    name: "output: --out below a file (ENOTDIR) is one line, exit 2",
    files: () => ({"a.csv": csv(), "file.txt": "x"}),
    out: (dir) => join(dir, "file.txt", "out"),
    exit: 2,
    message: /^error: .*file\.txt/
  },
  {
    name: "output: --out in a folder nobody may write (/sys) is one line, exit 2",
    files: () => ({"a.csv": csv()}),
    out: () => "/sys/workbench-robustness",
    exit: 2,
    message: /^error: \/sys\/workbench-robustness: cannot write the output directory/
  },
  {
    name: "output: --out where the kernel refuses new folders (/proc) is one line, exit 2, not a hang",
    files: () => ({"a.csv": csv()}),
    out: () => "/proc/workbench-robustness/out",
    exit: 2,
    message: /^error: \/proc\/workbench-robustness\/out: cannot write the output directory \(ENOENT\)$/
  },
  // gates: nothing to check is not a pass, and nothing is written when a gate stops the run (defects 1 and 5)
  {
    name: "gate: every row quarantined is exit 1, nothing written",
    files: () => ({"a.csv": csv(Object.fromEntries(rows.map((_, i) => [i, set(i, "decision", "maybe")])))}),
    exit: 1,
    message: /^check failed: .*no row accepted/
  },
  {
    name: "gate: a quarantined share above the default --max-quarantine-rate 0.05 is exit 1",
    args: [],
    files: () => ({"a.csv": csv({1: set(1, "income", "x"), 2: set(2, "income", "x"), 3: set(3, "income", "x")})}),
    exit: 1,
    message:
      /^check failed: quarantine rate 0\.\d+ exceeds 0\.05 \(--max-quarantine-rate\); nothing written, previous outputs unchanged$/
  },
  {
    name: "gate: retention purging more than 5 % of the valid rows is exit 1 without --allow-purge",
    args: ["--as-of", "2027-01-10T00:00:00Z", "--max-quarantine-rate", "1"],
    files: () => ({"a.csv": csv()}),
    exit: 1,
    message: /purge/
  },
  {
    name: "gate: --allow-purge purges them and counts them in read = accepted + quarantined + purged",
    args: ["--as-of", "2027-01-10T00:00:00Z", "--max-quarantine-rate", "1", "--allow-purge"],
    files: () => ({"a.csv": csv()}),
    exit: 0,
    accepted: -1, // checked by the accounting alone
    quarantined: []
  },
  {
    name: "retention: --as-of latest is refused: the data never moves the cut-off",
    args: ["--as-of", "latest", "--max-quarantine-rate", "1"],
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: as-of: latest is no longer supported: retention measured from the data's own newest time/
  },
  {
    name: "retention: a 2062 row does not purge the log (defect 1)",
    files: () => ({"a.csv": csv({0: set(0, "decided_at", "2062-01-01T00:00:00Z")})}),
    exit: 0,
    quarantined: [[2, /later than/]]
  },
  {
    name: "flags: --max-quarantine-rate above 1 is one line",
    args: ["--max-quarantine-rate", "2"],
    files: () => ({"a.csv": csv()}),
    exit: 2,
    message: /^error: --max-quarantine-rate: not a share between 0 and 1 "2"$/
  }
];

/** The decision id of sample row i. */
function id(i: number): string {
  return rows[i].split(",")[0];
}

/**
 * The sample file as bytes, with `column` of row i replaced by raw bytes (not UTF-8 text); pairs of (i, column,
 * bytes) may repeat.
 */
function bytesAt(...edits: (number | string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(header + "\n")];
  rows.forEach((r, i) => {
    const at = edits.findIndex((e, k) => k % 3 === 0 && e === i);
    if (at < 0) return void parts.push(Buffer.from(r + "\n"));
    const [before, after] = set(i, edits[at + 1] as string, "\u0001").split("\u0001");
    parts.push(Buffer.from(before), edits[at + 2] as Buffer, Buffer.from(after + "\n"));
  });
  return Buffer.concat(parts);
}

/** The sample as JSON Lines, with some lines replaced by raw text and some fields overridden. */
function jsonl(raw: Record<number, string> = {}, fields: Record<number, Record<string, unknown>> = {}): string {
  return (
    rows
      .map((r, i) => {
        if (raw[i] !== undefined) return raw[i];
        const values = r.split(",");
        const object: Record<string, unknown> = {};
        columns.forEach((c, k) => (object[c] = values[k] === "" ? null : values[k]));
        return JSON.stringify({...object, ...fields[i]});
      })
      .join("\n") + "\n"
  );
}

describe("hostile inputs: exit code, one line, exact accounting, previous outputs intact", () => {
  before(async () => {
    process.env.WORKBENCH_PII_KEY = KEY;
    tmp = mkdtempSync(join(tmpdir(), "robustness-"));
    ({header, rows, outcomes} = await sampleLines(join(tmp, "raw")));
    columns = header.split(",");
    writeFileSync(join(tmp, "previous.csv"), [header, ...rows.slice(0, 20)].join("\n") + "\n");
    previous = join(tmp, "previous");
    const r = await cli(...ingestArgs(CONTRACT, join(tmp, "previous.csv"), previous));
    assert.equal(r.status, 0, r.stderr);
    db = await openDb();
  });
  after(() => {
    db?.close();
    if (!process.env.KEEP) rmSync(tmp, {recursive: true, force: true});
  });

  it("has at least 60 cases, each with its own name", () => {
    assert.ok(cases.length >= 60, `${cases.length} cases`);
    assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
    assert.ok(outcomes.length > 0);
  });

  cases.forEach((c, n) =>
    it(c.name, async () => {
      const dir = join(tmp, `case-${n}`);
      mkdirSync(dir);
      const files = c.files();
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      let contract = CONTRACT;
      if (c.contract) {
        contract = join(dir, "contract.odcs.yaml");
        writeFileSync(contract, c.contract(readFileSync(CONTRACT, "utf8")));
      }
      const source = join(dir, c.source ?? (Object.keys(files).length === 1 ? Object.keys(files)[0] : "*.csv"));
      const out = c.out ? c.out(dir) : join(dir, "out");
      if (!c.out) copyOutputs(previous, out);
      const before = snapshot(c.out ? dir : out);
      const r = await cli(...ingestArgs(contract, source, out, ...(c.args ?? ["--max-quarantine-rate", "1"])));
      assert.equal(r.status, c.exit, r.stderr);
      if (c.exit !== 0) {
        assert.deepEqual(snapshot(c.out ? dir : out), before, "previous outputs changed by a failed run");
        oneLine(r.stderr, c.message!);
        if (c.exit === 1) assertAccounting(r.stdout);
        else assert.deepEqual(Object.keys(JSON.parse(r.stdout) as object), ["error"]);
        return;
      }
      const counts = assertAccounting(r.stdout);
      const quarantine = await db.all<{file: string; line: number; reason: string}>(
        `SELECT _source_file AS file, _row AS line, _reason AS reason FROM '${join(out, "quarantine.parquet")}'
        ORDER BY _source_file, _row`
      );
      const expected = c.quarantined ?? [];
      assert.equal(quarantine.length, expected.length, JSON.stringify(quarantine));
      expected.forEach(([line, reason], k) => {
        assert.equal(Number(quarantine[k].line), line, JSON.stringify(quarantine[k]));
        assert.match(quarantine[k].reason, reason);
      });
      assert.equal(counts.quarantined, expected.length);
      if (c.accepted !== -1) assert.equal(counts.purged, 0);
      const decisions = join(out, "decisions.parquet");
      const [{n: accepted}] = await db.all<{n: number}>(`SELECT count(*)::INTEGER AS n FROM '${decisions}'`);
      assert.equal(accepted, counts.accepted);
      await c.check?.(db, decisions);
    })
  );
});
