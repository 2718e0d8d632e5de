import type {ProfileRow} from "./profileRow.js";

/** The profile columns a page reads: the readable summary, without histograms, top-k lists and sketch state. */
export const PAGE_PROFILE_COLUMNS: (keyof ProfileRow)[] = [
  "system",
  "grain",
  "window_start",
  "column",
  "kind",
  "rows",
  "nulls",
  "null_rate",
  "distinct",
  "min",
  "max",
  "mean",
  "variance",
  "std",
  "p05",
  "p25",
  "p50",
  "p75",
  "p95"
];
