import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {parseArgs} from "../../../loaders/cli/args.js";
import {DEFAULT_MEMORY_LIMIT, memoryLimitFlag} from "../../../loaders/cli/memoryLimitFlag.js";

describe("memoryLimitFlag: --memory-limit of ingest and refresh", () => {
  it("defaults to 3GB, under issue 14's 4 GB per process with Node beside it", () => {
    assert.equal(DEFAULT_MEMORY_LIMIT, "3GB");
    assert.equal(memoryLimitFlag(parseArgs([])), "3GB");
  });
  it("takes DuckDB's sizes: decimal and binary units, a fraction", () => {
    for (const size of ["512MB", "2GiB", "1.5GB", "800KB", "1TB"])
      assert.equal(memoryLimitFlag(parseArgs(["--memory-limit", size])), size);
  });
  it("refuses what is not a size, naming the flag and the value", () => {
    for (const bad of ["lots", "3G", "GB", "-1GB", "3 PB"])
      assert.throws(() => memoryLimitFlag(parseArgs(["--memory-limit", bad])), {
        name: "InputError",
        message: `--memory-limit: not a size such as 3GB or 512MB ${JSON.stringify(bad)}`
      });
  });
});
