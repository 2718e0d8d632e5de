import type {DuckDBDataChunk, DuckDBVector} from "@duckdb/node-api";

/** What a numeric vector of @duckdb/node-api 1.5 holds (its fields are private in the typings, public at run time). */
interface VectorInternals {
  items?: unknown;
  validity?: {data?: BigUint64Array | null};
}

type NumberArray = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array;
const NUMBER_ARRAYS = [Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array];

/**
 * The columns of a DuckDB data chunk as Float64Arrays, copied out of DuckDB's vectors in bulk (no JS value per row):
 * DOUBLE and FLOAT, and integer types up to BIGINT (exact while |x| ≤ 2^53). What a numeric-only query returns to
 * JS at memory speed, e.g. counts per distinct value (see Db.numericChunks). It reads the vectors' typed arrays and
 * validity masks, which @duckdb/node-api 1.5 keeps in fields its typings mark private (the version is pinned; the
 * test of numericChunks fails if they change).
 *
 * @throws {Error} naming the column and the SQL when a column is of another type, holds a NULL, or a BIGINT is not
 *   a safe integer
 */
export function numericColumns(chunk: DuckDBDataChunk, sql: string): Float64Array[] {
  const n = chunk.rowCount;
  const out: Float64Array[] = [];
  for (let c = 0; c < chunk.columnCount; ++c) {
    const vector: DuckDBVector = chunk.getColumnVector(c);
    const {items, validity} = vector as unknown as VectorInternals;
    const fail = (what: string) => new Error(`numericColumns: column ${c + 1} ${what}\nSQL: ${sql}`);
    if (validity === undefined) throw fail(`is ${vector.type.toString()}, not a number type`);
    const mask = validity.data;
    if (mask)
      for (let w = 0; w * 64 < n; ++w) {
        const valid = allValid(n - w * 64);
        if ((mask[w] & valid) !== valid) throw fail("holds a NULL");
      }
    if (NUMBER_ARRAYS.some((T) => items instanceof T)) {
      out.push(Float64Array.from((items as NumberArray).subarray(0, n)));
    } else if (items instanceof BigInt64Array || items instanceof BigUint64Array) {
      const column = new Float64Array(n);
      for (let i = 0; i < n; ++i) {
        const x = Number(items[i]);
        if (!Number.isSafeInteger(x)) throw fail(`holds ${items[i]}, beyond 2^53`);
        column[i] = x;
      }
      out.push(column);
    } else throw fail(`is ${vector.type.toString()}, not a number type`);
  }
  return out;
}

const ALL = (1n << 64n) - 1n;

/** The validity word of `left` (≥ 1) remaining rows when all are valid: the low min(left, 64) bits set. */
function allValid(left: number): bigint {
  return left >= 64 ? ALL : (1n << BigInt(left)) - 1n;
}
