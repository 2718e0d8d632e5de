import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {ReconstructionModel} from "../../src/lib/drift/fitReconstruction.js";
import type {DriftColumns} from "./driftColumns.js";

/** A double as SQL that both engines read back to the same bits (a cast of its shortest round-trip text). */
const double = (x: number) => `CAST('${x}' AS DOUBLE PRECISION)`;

/**
 * A numeric column as DOUBLE PRECISION when finite (NaN compares above every number), else `otherwise` (NULL when
 * omitted). A CASE, not coalesce or GREATEST: postgres_fdw 15 does not ship those to the shards.
 */
const finite = (column: string, otherwise?: string) => {
  const x = `CAST(${sqlIdentifier(column)} AS DOUBLE PRECISION)`;
  return `CASE WHEN abs(${x}) <= ${double(Number.MAX_VALUE)} THEN ${x}${otherwise ? ` ELSE ${otherwise}` : ""} END`;
};

/** What a row's standardised values need: the encoding, mean and scale, and the centre when there is one. */
type Standardisation = Pick<ReconstructionModel, "numericFill" | "categories" | "mean" | "scale"> & {center?: number[]};

/**
 * The per-row SQL of a PCA reconstruction model (fitReconstruction, fitReconstructionFromSums), in the subset of SQL
 * DuckDB and PostgreSQL share and postgres_fdw ships to the shards (built-in immutable functions, constants as casts
 * of text): a row is encoded, standardised and measured as rowErrors does, in the same order of operations per
 * column, so an engine evaluates each row's error where the row lives and only sums cross.
 */
export const reconstructionSql = {
  /** A numeric column's finite value, NULL otherwise: what the fill replaces and the counts count. */
  finite: (column: string) => finite(column),

  /** A categorical column as text (NULL when missing), the key its counts are grouped by. */
  category: (column: string) => `CAST(${sqlIdentifier(column)} AS VARCHAR)`,

  /**
   * Each column's encoded value x (model column order): a number or its fill when missing or not finite; a category's
   * reference share (the fill's when missing, 0 for a category the reference never saw).
   */
  encoded(model: Pick<ReconstructionModel, "numericFill" | "categories">, columns: DriftColumns): string[] {
    return [
      ...columns.numeric.map((c, j) => finite(c, double(model.numericFill[j]))),
      ...columns.categorical.map((c, j) => {
        const {fill, shares} = model.categories[j];
        const text = reconstructionSql.category(c);
        const when = [...shares].map(([k, share]) => `WHEN ${text} = ${sqlLiteral(k)} THEN ${double(share)}`);
        return `CASE WHEN ${text} IS NULL THEN ${double(shares.get(fill) ?? 0)} ${when.join(" ")} ELSE ${double(0)} END`;
      })
    ];
  },

  /** Each column's standardised value (x − mean) / scale, less the centre when the model has one. */
  standardised(model: Standardisation, columns: DriftColumns): string[] {
    return reconstructionSql
      .encoded(model, columns)
      .map(
        (x, j) =>
          `(${x} - ${double(model.mean[j])}) / ${double(model.scale[j])}${model.center ? ` - ${double(model.center[j])}` : ""}`
      );
  },

  /**
   * A row's squared reconstruction error before it is clamped at 0: ‖z‖² − Σₖ (vₖ·z)², z the centred standardised
   * row and vₖ the kept unit axes (the squared distance from z to its projection, by Pythagoras). rowErrors sums the
   * squared residual z − Σₖ (vₖ·z) vₖ instead: the same number up to rounding (≈ 1e-16 of ‖z‖² a row). `z` are the
   * names of the columns that hold the row's z.
   */
  squaredDistance(model: Pick<ReconstructionModel, "components">, z: readonly string[]): string {
    const norm = z.map((zj) => `power(${zj}, 2)`).join(" + ");
    const projections = model.components.map(
      (v) => `power(${z.map((zj, j) => `${double(v[j])} * ${zj}`).join(" + ")}, 2)`
    );
    return projections.length ? `${norm} - (${projections.join(" + ")})` : norm;
  },

  /**
   * A FROM item: the rows of `from` (every column) with their standardised values (`"__z0"`, ...; centred when the
   * model has a centre) and, for a fitted model, their squared reconstruction error (`"__e2"`: the absolute value of
   * squaredDistance, which only rounding takes below 0; abs, not GREATEST(…, 0), which postgres_fdw does not ship): each computed once
   * a row, in a subquery of its own (written inline, the engine would evaluate each z once per use). PostgreSQL pulls
   * the subqueries up, so an aggregate over this item still runs on the shards.
   */
  standardisedRows(
    model: Standardisation & Partial<Pick<ReconstructionModel, "components">>,
    columns: DriftColumns,
    from: string
  ): string {
    const z = reconstructionSql.standardised(model, columns);
    const names = z.map((_, j) => `"__z${j}"`);
    const rows = `(SELECT *, ${z.map((zj, j) => `${zj} AS ${names[j]}`).join(", ")} FROM ${from}) AS "__z"`;
    if (!model.components) return rows;
    return `(SELECT *, abs(${reconstructionSql.squaredDistance({components: model.components}, names)}) AS "__e2" FROM ${rows}) AS "__e"`;
  }
};
