// Drift page data: the weekly drift tables of every system (see loaders/refresh/tables/drift*.ts).
import {runLoader} from "../../loaders/derived/runLoader.js";
import {driftTests} from "../../src/lib/drift/driftTests.js";
import type {DriftPayload} from "../../src/lib/drift/driftView.js";
import {settings} from "../../src/lib/settings.js";

await runLoader(
  "json",
  async ({rows}): Promise<DriftPayload> => ({
    share: settings.drift.share,
    tests: Object.values(driftTests),
    systems: await rows("drift-reference"),
    cells: await rows("drift-cells"),
    bins: await rows("drift-bins"),
    windows: await rows("drift-windows"),
    multivariate: await rows("drift-multivariate"),
    labels: await rows("drift-labels")
  })
);
