const MASK = 0xffff_ffff_ffff_ffffn;

/**
 * The SplitMix64 output function, a 64-bit finalizer (Stafford's "Mix13" variant, as in Vigna's
 * splitmix64.c, https://prng.di.unimi.it/splitmix64.c): z ^= z >> 30; z *= 0xbf58476d1ce4e5b9;
 * z ^= z >> 27; z *= 0x94d049bb133111eb; z ^= z >> 31 (mod 2^64). A bijection on 64-bit values; the input is
 * taken modulo 2^64. Never throws.
 *
 * @example
 * mix64(0n); // => 0n
 * mix64(0x9e3779b97f4a7c15n); // => 0xe220a8397b1dcdafn (splitmix64(0)'s first output)
 */
export function mix64(x: bigint): bigint {
  let z = x & MASK;
  z = ((z ^ (z >> 30n)) * 0xbf58_476d_1ce4_e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d0_49bb_1331_11ebn) & MASK;
  return z ^ (z >> 31n);
}
