import {columnWithTag} from "../contract/columnWithTag.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {positiveDecision} from "../contract/positiveDecision.js";
import type {Roles, System} from "./System.js";
import {ROLE_TAGS} from "./systemRoles.js";

type Required<R extends keyof Roles> = NonNullable<Roles[R]>;

/**
 * A role a feature cannot work without: the system's column (or value) for it, or the contract helper's error for
 * a contract that does not state it (`object decisions: no column tagged latency`, `customProperties.outcomeLabel:
 * missing or not a string`).
 *
 * @throws {InputError} when the contract has no such role
 * @example needRole(system, "time") // => "decided_at"
 */
export function needRole<R extends keyof typeof ROLE_TAGS | "positiveDecision" | "outcome">(
  system: Pick<System, "contract" | "roles">,
  role: R
): Required<R> {
  const value = system.roles[role];
  if (value !== undefined) return value as Required<R>;
  if (role === "positiveDecision") positiveDecision(system.contract);
  else if (role === "outcome") outcomeLabel(system.contract);
  else columnWithTag(system.contract.schema[0], ROLE_TAGS[role as keyof typeof ROLE_TAGS]);
  throw new Error(`no ${role}`); // unreachable: the helper threw
}
