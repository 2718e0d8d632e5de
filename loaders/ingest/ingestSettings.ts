import type {Contract} from "../contract/Contract.js";
import {contractError} from "../contract/contractError.js";
import {isMapping} from "../contract/isMapping.js";

/** How ingest reads and judges a contract's data: the contract-level custom property `ingest`. */
export interface IngestSettings {
  /** Text encoding of CSV and JSON Lines sources: `utf-8` (default; invalid bytes quarantine their record), `latin-1`. */
  encoding: "utf-8" | "latin-1";
  /** A timestamp or date later than the run's wall-clock time plus this many seconds is implausible (default 1 day). */
  futureSkewSeconds: number;
  /** A timestamp or date before this (ISO, UTC) is implausible (default 2000-01-01T00:00:00Z). */
  earliest: string;
  /** A record longer than this many bytes is quarantined as a whole (default 8 MiB). */
  maxRecordBytes: number;
}

export const DEFAULT_INGEST_SETTINGS: IngestSettings = {
  encoding: "utf-8",
  futureSkewSeconds: 86_400,
  earliest: "2000-01-01T00:00:00Z",
  maxRecordBytes: 8 * 1024 * 1024
};

const UNITS: Record<string, number> = {s: 1, m: 60, h: 3600, d: 86_400};

/**
 * The `ingest` settings of a contract, defaults filled in:
 *
 * ```yaml
 * customProperties:
 *   - property: ingest
 *     value: {encoding: latin-1, futureSkew: 36h, earliest: "2015-01-01", maxRecordBytes: 1048576}
 * ```
 *
 * `futureSkew` is a number with a unit s, m, h or d. A column's own `logicalTypeOptions.minimum` (or exclusive) and
 * `maximum` replace `earliest` and the future bound for that column.
 *
 * @throws {InputError} `<file>: customProperties.ingest.<key>: ...` for an unknown key or a value that does not parse
 * @example ingestSettings(contract) // => {encoding: "utf-8", futureSkewSeconds: 86400, earliest: "2000-01-01T00:00:00Z", maxRecordBytes: 8388608}
 */
export function ingestSettings(contract: Contract): IngestSettings {
  const raw = contract.customProperties.ingest;
  if (raw === undefined) return DEFAULT_INGEST_SETTINGS;
  const at = "customProperties.ingest";
  if (!isMapping(raw)) throw contractError(contract.file, at, "not a mapping");
  const settings = {...DEFAULT_INGEST_SETTINGS};
  for (const [key, value] of Object.entries(raw)) {
    const fail = (message: string) =>
      contractError(contract.file, `${at}.${key}`, `${message}: ${JSON.stringify(value)}`);
    if (key === "encoding") {
      const name = String(value).toLowerCase().replace(/_/g, "-");
      if (["utf-8", "utf8"].includes(name)) settings.encoding = "utf-8";
      else if (["latin-1", "latin1", "iso-8859-1"].includes(name)) settings.encoding = "latin-1";
      else throw fail("unknown encoding (utf-8 or latin-1)");
    } else if (key === "futureSkew") {
      const m = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(String(value));
      if (!m) throw fail("not a duration such as 1d, 36h, 90m or 30s");
      settings.futureSkewSeconds = Number(m[1]) * UNITS[m[2]];
    } else if (key === "earliest") {
      const text = value instanceof Date ? value.toISOString() : String(value);
      if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(text) || Number.isNaN(Date.parse(text)))
        throw fail("not an ISO date or UTC timestamp");
      const utc =
        text.length === 10 ? `${text}T00:00:00Z` : `${text.replace(" ", "T")}${text.endsWith("Z") ? "" : "Z"}`;
      settings.earliest = new Date(Date.parse(utc)).toISOString();
    } else if (key === "maxRecordBytes") {
      if (!Number.isSafeInteger(value) || (value as number) < 1024) throw fail("not an integer of at least 1024");
      settings.maxRecordBytes = value as number;
    } else throw fail("unknown setting (encoding, futureSkew, earliest, maxRecordBytes)");
  }
  return settings;
}
