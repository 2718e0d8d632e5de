import {driftInput} from "../drift/driftInput.js";
import type {System} from "../system/System.js";
import {driftScoreMetrics} from "./driftScoreMetrics.js";
import type {SpcSystem} from "./spcSeriesSql.js";
import {spcMetrics} from "./spcMetrics.js";

/**
 * A system's SPC view: its SQL metrics (spcMetrics), its relations and its weekly drift-score series
 * (driftScoreMetrics over the columns drift compares).
 *
 * @throws {InputError} when the contract tags no time column
 * @example spcSystem(system).metrics.map((m) => m.id) // => ["positive_rate", ...]
 */
export function spcSystem(system: System): SpcSystem {
  return {
    system: system.name,
    ...spcMetrics(system),
    relations: system.relations,
    drift: {metrics: driftScoreMetrics(driftInput(system))}
  };
}
