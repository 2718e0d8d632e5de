import {flagString, type Args} from "../cli/args.js";
import {InputError} from "../cli/errors.js";
import {openSystem, openSystems} from "./openSystem.js";
import type {System} from "./System.js";
import {workDir} from "./workDir.js";

/** What a command reads: a decision log file (`--input`) or ingested systems (`--system`, or all of them). */
export type CommandSource = {kind: "input"; file: string} | {kind: "systems"; systems: System[]};

/**
 * The `--input <file> | --system <name> [--data <dir>]` choice of the drift, profile, spc and fairness commands,
 * written once: at most one of the two; a system is opened from --data (default $WORKBENCH_DATA or data/.work). With
 * neither, `all` opens every ingested system (profile); without `all` one of them is required.
 *
 * @throws {InputError} `give either --input or --system`, or openSystem's `unknown system "x" (ingested: a, b)`
 * @example const source = await commandSource(args); if (source.kind === "systems") source.systems[0].roles.time;
 */
export async function commandSource(args: Args, {all = false} = {}): Promise<CommandSource> {
  const input = args.flags.has("input");
  const system = args.flags.has("system");
  if (input && system) throw new InputError("give either --input or --system");
  if (input) return {kind: "input", file: flagString(args, "input")};
  if (!system && !all) throw new InputError("give either --input or --system");
  return {kind: "systems", systems: await commandSystems(args)};
}

/**
 * The systems a command names: `--system <name>`, or every ingested system without it, opened from --data (default
 * $WORKBENCH_DATA or data/.work).
 *
 * @throws {InputError} openSystem's `unknown system "x" (ingested: a, b)`
 */
export async function commandSystems(args: Args): Promise<System[]> {
  const dir = flagString(args, "data", workDir());
  return args.flags.has("system") ? [await openSystem(dir, flagString(args, "system"))] : await openSystems(dir);
}
