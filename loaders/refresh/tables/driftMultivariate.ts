import {driftInput} from "../../drift/driftInput.js";
import {engineMultivariateSeries} from "../../drift/engineMultivariateSeries.js";
import {multivariateSeries} from "../../drift/multivariateSeries.js";
import type {MultivariateRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";
import type {DriftReferenceRow} from "../../../src/lib/drift/driftView.js";

/**
 * Weekly multivariate drift (PCA reconstruction error, multivariateSeries) over the features, without the score. On a
 * PostgreSQL or sharded engine, engineMultivariateSeries: the fit's and the errors' sums are computed in the engine
 * (on the shards), so no feature row crosses; the embedded DuckDB reads the rows into JS (faster here, no wire).
 */
export const driftMultivariate: DerivedTable<MultivariateRow> = {
  name: "drift-multivariate",
  description: "per ISO week: PCA reconstruction error of the features against the reference weeks' band",
  columns: {
    system: "VARCHAR",
    window_start: "VARCHAR",
    rows: "DOUBLE",
    error: "DOUBLE",
    reference: "BOOLEAN",
    mean: "DOUBLE",
    lower: "DOUBLE",
    upper: "DOUBLE",
    drifted: "BOOLEAN",
    components: "DOUBLE",
    explained: "DOUBLE"
  },
  reads: ["drift-reference"],
  async compute({system, engine, log, read}) {
    const [row] = await read<DriftReferenceRow>("drift-reference");
    if (!row) return [];
    const input = driftInput(system);
    const features = {
      numeric: input.columns.numeric.filter((c) => c !== input.score),
      categorical: input.columns.categorical
    };
    const series = engine.kind === "duckdb" ? multivariateSeries : engineMultivariateSeries;
    return series({db: engine, log}, {...input, columns: features}, row.reference);
  }
};
