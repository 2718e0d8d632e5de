/**
 * Output file names of an ingest into one directory. The contract's first (default) object writes
 * `<object>.parquet`, `quarantine.parquet` and `manifest.json`; any other object writes
 * `<object>.parquet`, `<object>.quarantine.parquet` and `<object>.manifest.json`, so both can share
 * a directory.
 *
 * @example outputNames("outcomes", false) // => {accepted: "outcomes.parquet", quarantine: "outcomes.quarantine.parquet", manifest: "outcomes.manifest.json"}
 */
export function outputNames(
  object: string,
  isDefault: boolean
): {accepted: string; quarantine: string; manifest: string} {
  return isDefault
    ? {accepted: `${object}.parquet`, quarantine: "quarantine.parquet", manifest: "manifest.json"}
    : {accepted: `${object}.parquet`, quarantine: `${object}.quarantine.parquet`, manifest: `${object}.manifest.json`};
}
