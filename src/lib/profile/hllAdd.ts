/** HyperLogLog precision: 2^11 = 2048 registers, standard error 1.04 / √2048 ≈ 2.3 %. */
export const HLL_PRECISION = 11;
export const HLL_REGISTERS = 1 << HLL_PRECISION;
/** Bits of the hash after the register index; ranks run 1 … 25. */
export const HLL_RANK_BITS = 24;
/** 2^35, the hashes' bound: a constant, as `2 ** (…)` in hllAdd cost a power per call (~60 ns, 0.2 s at 1M decisions). */
const HASH_LIMIT = 2 ** (HLL_PRECISION + HLL_RANK_BITS);

/**
 * Adds one hashed value to HyperLogLog registers (Flajolet, Fusy, Gandouet & Meunier 2007). The hash is a
 * non-negative integer below 2^35: its low 11 bits pick the register, the next 24 bits w give the rank
 * ρ = 24 − ⌊log₂ w⌋ (the position of w's leading 1 bit, 25 when w = 0), and the register keeps the maximum rank.
 * The profile loader computes the same index and rank in DuckDB SQL from `hash(value) >> 29`
 * (the top 35 bits of DuckDB's 64-bit hash), so registers from SQL and from here merge alike.
 *
 * @throws {Error} if the hash is not an integer in [0, 2^35)
 * @example const r = new Uint8Array(2048); hllAdd(r, 2048 * 3 + 5); r[5]; // => 23  (w = 3: 24 − 1)
 */
export function hllAdd(registers: Uint8Array, hash: number): void {
  if (!Number.isSafeInteger(hash) || hash < 0 || hash >= HASH_LIMIT) throw new Error(`invalid hll hash: ${hash}`);
  const w = Math.floor(hash / HLL_REGISTERS);
  const index = hash - w * HLL_REGISTERS; // hash mod 2^11, exact below 2^53 (a double's % is a slow fmod)
  // ⌊log₂ w⌋ = 31 − clz32(w) for 1 ≤ w < 2^24: integer arithmetic, exact at every power of two
  const rank = w === 0 ? HLL_RANK_BITS + 1 : HLL_RANK_BITS - 31 + Math.clz32(w);
  if (rank > registers[index]) registers[index] = rank;
}
