import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {parseContract} from "../../../loaders/contract/parseContract.js";
import {DEFAULT_INGEST_SETTINGS, ingestSettings} from "../../../loaders/ingest/ingestSettings.js";

const contract = (value?: string) =>
  parseContract(
    `apiVersion: v3.1.0
kind: DataContract
id: urn:test
version: 1.0.0
status: active
${value === undefined ? "" : `customProperties:\n  - property: ingest\n    value: ${value}\n`}schema:
  - name: t
    properties:
      - {name: x, logicalType: string}
`,
    "x.odcs.yaml"
  );

describe("ingestSettings", () => {
  it("defaults: UTF-8, 1 day of clock skew, earliest 2000-01-01, 8 MiB records", () => {
    assert.deepEqual(ingestSettings(contract()), {
      encoding: "utf-8",
      futureSkewSeconds: 86400,
      earliest: "2000-01-01T00:00:00Z",
      maxRecordBytes: 8388608
    });
    assert.equal(DEFAULT_INGEST_SETTINGS.earliest, "2000-01-01T00:00:00Z");
  });

  it("reads the contract's ingest property", () => {
    assert.deepEqual(
      ingestSettings(contract(`{encoding: ISO-8859-1, futureSkew: 36h, earliest: "2015-06-01", maxRecordBytes: 1024}`)),
      {encoding: "latin-1", futureSkewSeconds: 129600, earliest: "2015-06-01T00:00:00.000Z", maxRecordBytes: 1024}
    );
    assert.equal(
      ingestSettings(contract(`{futureSkew: 90m, earliest: "2015-06-01T12:00"}`)).earliest,
      "2015-06-01T12:00:00.000Z"
    );
  });

  it("names the setting and the value it cannot read", () => {
    const fails = (value: string, message: string) =>
      assert.throws(
        () => ingestSettings(contract(value)),
        (e: unknown) => e instanceof InputError && e.message === `x.odcs.yaml: customProperties.ingest.${message}`
      );
    fails("{encoding: ebcdic}", 'encoding: unknown encoding (utf-8 or latin-1): "ebcdic"');
    fails("{futureSkew: 1 week}", 'futureSkew: not a duration such as 1d, 36h, 90m or 30s: "1 week"');
    fails('{earliest: "yesterday"}', 'earliest: not an ISO date or UTC timestamp: "yesterday"');
    fails("{maxRecordBytes: 10}", "maxRecordBytes: not an integer of at least 1024: 10");
    fails("{skew: 1d}", 'skew: unknown setting (encoding, futureSkew, earliest, maxRecordBytes): "1d"');
  });
});
