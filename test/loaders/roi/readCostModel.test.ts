import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {parse, stringify} from "yaml";
import {InputError} from "../../../loaders/cli/errors.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import {readCostModel} from "../../../loaders/roi/readCostModel.js";

const CONTRACTS = join(import.meta.dirname, "..", "..", "..", "data", "contracts");
const dir = mkdtempSync(join(tmpdir(), "roi-costs-"));
after(() => rmSync(dir, {recursive: true, force: true}));

describe("readCostModel", () => {
  for (const system of ["credit-line", "fraud-screen"])
    it(`the shipped ${system}.costs.yaml is valid against its contract`, async () => {
      const contract = await readContract(join(CONTRACTS, `${system}.odcs.yaml`));
      const model = await readCostModel(join(CONTRACTS, `${system}.costs.yaml`), contract);
      assert.equal(model.system, system);
      assert.ok(model.outcomes.length >= 2);
    });

  const base = parse(readFileSync(join(CONTRACTS, "credit-line.costs.yaml"), "utf8")) as Record<string, unknown>;
  const cases: [string, string | Record<string, unknown>, RegExp][] = [
    [
      "another system",
      {...base, system: "fraud-screen"},
      /field system: "fraud-screen" is not the contract's system "credit-line"/
    ],
    [
      "a non-numeric amount column",
      {...base, amount: "purpose"},
      /field amount: "purpose" is not a number column of decisions/
    ],
    [
      "another label",
      {...base, label: "churned"},
      /field label: "churned" is not the contract's outcomeLabel "defaulted"/
    ],
    [
      "another positive decision",
      {...base, positiveDecision: "decline"},
      /field positiveDecision: "decline" is not the contract's positiveDecision "approve"/
    ],
    [
      "a decision the contract does not allow",
      {...base, outcomes: [{name: "x", decision: "pass"}]},
      /field outcomes\[0\]\.decision: "pass" is not an allowed final decision: approve, decline, refer/
    ],
    [
      "an invalid field",
      {...base, review: {hourlyRate: -5}},
      /credit-line\.costs\.yaml: review\.hourlyRate: not a non-negative number: -5/
    ],
    ["malformed YAML", "system: [credit-line", /credit-line\.costs\.yaml: Flow sequence .* at line 1, column 21:$/]
  ];
  for (const [what, doc, message] of cases)
    it(`rejects ${what} with an InputError naming the file`, async () => {
      const file = join(dir, "credit-line.costs.yaml");
      writeFileSync(file, typeof doc === "string" ? doc : stringify(doc));
      const contract = await readContract(join(CONTRACTS, "credit-line.odcs.yaml"));
      await assert.rejects(readCostModel(file, contract), (e: Error) => {
        assert.ok(e instanceof InputError);
        assert.match(e.message, message);
        assert.ok(e.message.startsWith(file), e.message);
        return true;
      });
    });

  it("rejects a missing file", async () => {
    const contract = await readContract(join(CONTRACTS, "credit-line.odcs.yaml"));
    await assert.rejects(
      readCostModel(join(dir, "none.yaml"), contract),
      /none\.yaml: cannot read cost model \(ENOENT\)/
    );
  });
});
