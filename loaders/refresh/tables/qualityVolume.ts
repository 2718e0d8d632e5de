import {qualitySystem} from "../../quality/qualitySystem.js";
import {volumeRows} from "../../quality/volumeRows.js";
import type {VolumeRow} from "../../../src/lib/quality/qualityView.js";
import type {DerivedTable} from "../DerivedTable.js";

/** Decisions per UTC day and ISO week with control limits and anomalies (volumeRows). */
export const qualityVolume: DerivedTable<VolumeRow<string>> = {
  name: "quality-volume",
  description: "per UTC day and ISO week: decisions, longest gap, expected volume, control limits, anomaly",
  columns: {
    system: "VARCHAR",
    grain: "VARCHAR",
    window_start: "DATE",
    decisions: "INTEGER",
    days: "INTEGER",
    max_gap_hours: "DOUBLE",
    sla_hours: "DOUBLE",
    baseline: "BOOLEAN",
    expected: "DOUBLE",
    lcl: "DOUBLE",
    ucl: "DOUBLE",
    anomaly: "VARCHAR"
  },
  async compute({system, engine}) {
    return volumeRows(engine, await qualitySystem(engine, system));
  }
};
