/**
 * The PII scan of a built site: the raw personal-data values of the source files (every column the contracts
 * classify as pii, in the raw decision files as generated, malformed rows included) and a scanner that finds them
 * in any text, after decoding HTML entities and JSON \u escapes. Used by test/e2e/governance.test.ts.
 */
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {readContract} from "../../loaders/contract/readContract.js";
import type {Db} from "../../loaders/db/openDb.js";
import {sqlIdentifier} from "../../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../../loaders/db/sqlLiteral.js";
import {piiColumns} from "../../loaders/governance/piiColumns.js";
import {contractsDir} from "../../loaders/system/contractsDir.js";

/** A word as names are keyed and scanned: letters, digits, apostrophes, dots and hyphens. */
const WORD = /[\p{L}\p{N}'’.-]+/u;

/** Raw PII values: emails (lower case) and full names keyed by their first word (WORD). */
export interface RawPii {
  emails: Set<string>;
  names: Map<string, Set<string>>;
  /** The personal-data column names of the contracts. */
  columns: Set<string>;
  /** How many values were read from how many files. */
  values: number;
  files: number;
}

/**
 * Reads every pii column of every raw decision file under `<workDir>/raw/<system>/` whose contract
 * `data/contracts/<system>.odcs.yaml` exists: values with `@` are emails, other values of 5+ characters names.
 *
 * @throws {Error} when there is no raw file (run npm run sample)
 */
export async function collectRawPii(db: Db, workDir: string): Promise<RawPii> {
  const pii: RawPii = {emails: new Set(), names: new Map(), columns: new Set(), values: 0, files: 0};
  const raw = join(workDir, "raw");
  for (const system of existsSync(raw) ? readdirSync(raw) : []) {
    const contractFile = join(contractsDir, `${system}.odcs.yaml`);
    if (!existsSync(contractFile)) continue;
    const contract = await readContract(contractFile);
    const columns = piiColumns(contract, contract.schema[0]).map((c) => c.name);
    for (const c of columns) pii.columns.add(c);
    for (const file of readdirSync(join(raw, system)).filter((f) => /^decisions-.*\.csv$/.test(f))) {
      ++pii.files;
      const path = join(raw, system, file);
      for (const column of columns) {
        const rows = await db.all<{v: string}>(
          `SELECT DISTINCT ${sqlIdentifier(column)} AS v FROM read_csv(${sqlLiteral(path)}, all_varchar = true, header = true,
            null_padding = true, ignore_errors = true, strict_mode = false) WHERE ${sqlIdentifier(column)} IS NOT NULL`
        );
        for (const {v} of rows) {
          const value = v.trim();
          ++pii.values;
          if (value.includes("@")) pii.emails.add(value.toLowerCase());
          else if (value.length >= 5) {
            const first = WORD.exec(value)?.[0] ?? value;
            pii.names.set(first, (pii.names.get(first) ?? new Set()).add(value));
          }
        }
      }
    }
  }
  if (pii.files === 0) throw new Error(`no raw decision files under ${raw}: run npm run sample`);
  return pii;
}

/** The PII values found in `text` (HTML entities and JSON \u escapes decoded first). */
export function findPii(text: string, pii: RawPii): string[] {
  const t = text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
  const found: string[] = [];
  for (const m of t.matchAll(/[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+/gu))
    if (pii.emails.has(m[0].toLowerCase())) found.push(m[0]);
  for (const m of t.matchAll(new RegExp(WORD.source, "gu")))
    for (const name of pii.names.get(m[0]) ?? []) if (t.startsWith(name, m.index)) found.push(name);
  return found;
}
