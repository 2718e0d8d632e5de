import {join} from "node:path";
import type {Contract} from "../contract/Contract.js";
import {readContract} from "../contract/readContract.js";
import {contractsDir} from "./contractsDir.js";

/**
 * The contract of the system `name`: `<contracts>/<name>.odcs.yaml`, read and validated (readContract). The one place
 * outside the contract module and the ingest command that reads a contract: features get it through openSystem.
 *
 * @throws {InputError} `<file>: cannot read contract (ENOENT)` or any parseContract error
 * @example const contract = await systemContract("credit-line"); contract.name // => "credit-line"
 */
export function systemContract(name: string, {contracts = contractsDir}: {contracts?: string} = {}): Promise<Contract> {
  return readContract(join(contracts, `${name}.odcs.yaml`));
}
