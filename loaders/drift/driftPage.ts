import type {Db} from "../db/openDb.js";
import {listSystems} from "../workspace/listSystems.js";
import {driftTests} from "../../src/lib/drift/driftTests.js";
import type {DriftPayload} from "../../src/lib/drift/driftView.js";
import {qualitySystem} from "../quality/qualitySystem.js";
import {defaultReference} from "./defaultReference.js";
import {driftSeries, WORKBENCH_DRIFT_SHARE} from "./driftSeries.js";
import {labelSeries} from "./labelSeries.js";
import {multivariateSeries} from "./multivariateSeries.js";
import {systemDriftInput} from "./systemDriftInput.js";

/**
 * The Drift page's payload for every ingested system in `dir`: each system's default reference window, its weekly
 * drift series (cells, overlay bins, dataset verdicts, see driftSeries), its weekly multivariate drift (PCA
 * reconstruction error, multivariateSeries, over the features without the score) and label drift (labelSeries), the
 * drift-share threshold and the test registry. Systems without a timed row are left out.
 */
export async function driftPage(
  {db, log}: {db: Db; log: (message: string) => void},
  dir: string
): Promise<DriftPayload> {
  const payload: DriftPayload = {
    share: WORKBENCH_DRIFT_SHARE,
    tests: Object.values(driftTests),
    systems: [],
    cells: [],
    bins: [],
    windows: [],
    multivariate: [],
    labels: []
  };
  for (const system of listSystems(dir)) {
    const input = await systemDriftInput(system);
    const reference = await defaultReference(db, input.relation, input.time, input.score);
    if (!reference) continue;
    const series = await driftSeries({db, log}, input, reference);
    payload.systems.push({system: system.system, reference, score: input.score ?? null});
    payload.cells.push(...series.cells);
    payload.bins.push(...series.bins);
    payload.windows.push(...series.windows);
    const features = {
      numeric: input.columns.numeric.filter((c) => c !== input.score),
      categorical: input.columns.categorical
    };
    payload.multivariate.push(...(await multivariateSeries({db, log}, {...input, columns: features}, reference)));
    payload.labels.push(...(await labelSeries(db, await qualitySystem(db, system), reference)));
  }
  return payload;
}
