import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";
import type {DriftColumns} from "./driftColumns.js";

/** What drift reads: a relation, its time column and the columns to compare (a system's, or an input file's). */
export interface DriftInput {
  /** The system's name, or the input file for `--input`. */
  system: string;
  /** The file errors name. */
  file: string;
  relation: string;
  /** The relation's partition key on a sharded engine (System.partition). */
  partition?: string;
  time: string;
  columns: DriftColumns;
  /** The model score column (prediction drift), when the contract tags one; also in columns.numeric. */
  score?: string;
}

/**
 * The drift input of an ingested system, a view of its roles: its decisions relation, the time column, the features
 * (numeric: number/integer, categorical: string/boolean) and the score (prediction drift, compared after the numeric
 * features). Personal data and protected attributes are never features, so never compared.
 *
 * @throws {InputError} when the contract tags no time column
 * @example driftInput(system).columns.categorical // => ["employment_type", "housing", "purpose", "region", "channel"]
 */
export function driftInput(system: System): DriftInput {
  const {features, score} = system.roles;
  return {
    system: system.name,
    file: system.paths.decisions,
    relation: system.relation,
    ...(system.partition ? {partition: system.partition} : {}),
    time: needRole(system, "time"),
    columns: {numeric: [...features.numeric, ...(score ? [score] : [])], categorical: features.categorical},
    score
  };
}
