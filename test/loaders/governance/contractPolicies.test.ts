import assert from "node:assert/strict";
import {join} from "node:path";
import {describe, it} from "node:test";
import {parseContract} from "../../../loaders/contract/parseContract.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import {piiColumns} from "../../../loaders/governance/piiColumns.js";
import {retentionPolicy} from "../../../loaders/governance/retentionPolicy.js";

const BASE = `apiVersion: v3.1.0
kind: DataContract
id: urn:test:x
version: 1.0.0
status: active
schema:
  - name: decisions
    properties:
      - {name: id, logicalType: string}
      - {name: at, logicalType: timestamp}
      - {name: day, logicalType: date}
      - {name: email, logicalType: string, classification: pii}
      - {name: phone, logicalType: string, tags: [pii]}
`;
const contract = (extra: string) => parseContract(BASE + extra, "x.odcs.yaml");

describe("piiColumns", () => {
  it("finds pii by classification or tag; treatment from piiTreatment, default tokenise", () => {
    const c = contract(`customProperties:\n  - {property: piiTreatment, value: {phone: drop}}\n`);
    assert.deepEqual(piiColumns(c, c.schema[0]), [
      {name: "email", treatment: "tokenise"},
      {name: "phone", treatment: "drop"}
    ]);
  });

  it("the bundled contracts drop names and tokenise emails", async () => {
    for (const [system, columns] of [
      ["credit-line", ["applicant_name", "applicant_email"]],
      ["fraud-screen", ["customer_name", "customer_email"]]
    ] as const) {
      const c = await readContract(join("data/contracts", `${system}.odcs.yaml`));
      assert.deepEqual(piiColumns(c, c.schema[0]), [
        {name: columns[0], treatment: "drop"},
        {name: columns[1], treatment: "tokenise"}
      ]);
    }
  });

  it("rejects an unknown treatment or a column that is not personal data, naming the contract path", () => {
    const bad = contract(`customProperties:\n  - {property: piiTreatment, value: {email: hash}}\n`);
    assert.throws(
      () => piiColumns(bad, bad.schema[0]),
      /^InputError: x\.odcs\.yaml: customProperties\.piiTreatment\.email: unknown treatment "hash" \(tokenise or drop\)$/
    );
    const notPii = contract(`customProperties:\n  - {property: piiTreatment, value: {id: drop}}\n`);
    assert.throws(() => piiColumns(notPii, notPii.schema[0]), /piiTreatment\.id: not a pii column/);
    const list = contract(`customProperties:\n  - {property: piiTreatment, value: [email]}\n`);
    assert.throws(() => piiColumns(list, list.schema[0]), /piiTreatment: not a mapping/);
  });
});

describe("retentionPolicy", () => {
  const sla = (entry: string) => contract(`slaProperties:\n  - ${entry}\n`);

  it("reads days or weeks on a timestamp or date column; none without a retention entry", () => {
    assert.deepEqual(
      retentionPolicy(
        sla("{property: retention, value: 365, unit: d, element: decisions.at}"),
        sla("{property: retention, value: 365, unit: d, element: decisions.at}").schema[0]
      ),
      {days: 365, column: "at"}
    );
    const weeks = sla("{property: retention, value: 2, unit: weeks, element: decisions.day}");
    assert.deepEqual(retentionPolicy(weeks, weeks.schema[0]), {days: 14, column: "day"});
    const latency = sla("{property: latency, value: 1, unit: d, element: decisions.at}");
    assert.equal(retentionPolicy(latency, latency.schema[0]), undefined);
  });

  it("rejects a bad value, unit, element or column type, naming the entry", () => {
    for (const [entry, message] of [
      [
        "{property: retention, value: -3, unit: d, element: decisions.at}",
        /slaProperties\[0\]\.value: not a positive number: -3/
      ],
      [
        "{property: retention, value: 1, unit: y, element: decisions.at}",
        /slaProperties\[0\]\.unit: unknown unit "y" \(d or w\)/
      ],
      ["{property: retention, value: 1, unit: d}", /slaProperties\[0\]\.element: missing \(object\.column\)/],
      [
        "{property: retention, value: 1, unit: d, element: decisions.id}",
        /slaProperties\[0\]\.element: not a timestamp or date column: decisions\.id/
      ]
    ] as const) {
      const c = sla(entry);
      assert.throws(() => retentionPolicy(c, c.schema[0]), message);
    }
  });
});
