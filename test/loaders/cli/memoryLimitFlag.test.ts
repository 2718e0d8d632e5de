import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {parseArgs} from "../../../loaders/cli/args.js";
import {INGEST_MEMORY_LIMIT, memoryLimitFlag, REFRESH_MEMORY_LIMIT} from "../../../loaders/cli/memoryLimitFlag.js";

describe("memoryLimitFlag: --memory-limit of ingest and refresh", () => {
  it("defaults to the command's limit: ingest 3GB, refresh 2GB (under issue 14's 4 GB with Node beside DuckDB)", () => {
    assert.equal(memoryLimitFlag(parseArgs([]), INGEST_MEMORY_LIMIT), "3GB");
    assert.equal(memoryLimitFlag(parseArgs([]), REFRESH_MEMORY_LIMIT), "2GB");
  });
  it("takes DuckDB's sizes: decimal and binary units, a fraction", () => {
    for (const size of ["512MB", "2GiB", "1.5GB", "800KB", "1TB"])
      assert.equal(memoryLimitFlag(parseArgs(["--memory-limit", size]), INGEST_MEMORY_LIMIT), size);
  });
  it("refuses what is not a size, naming the flag and the value", () => {
    for (const bad of ["lots", "3G", "GB", "-1GB", "3 PB"])
      assert.throws(() => memoryLimitFlag(parseArgs(["--memory-limit", bad]), INGEST_MEMORY_LIMIT), {
        name: "InputError",
        message: `--memory-limit: not a size such as 3GB or 512MB ${JSON.stringify(bad)}`
      });
  });
});
