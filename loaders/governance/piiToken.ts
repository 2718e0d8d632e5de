import {createHmac} from "node:crypto";

/** Hex digits of the HMAC kept in a token: 32 (128 bits). */
export const TOKEN_HEX_DIGITS = 32;

/**
 * The token that replaces a personal-data value: `tok_` followed by the first 32 hex digits of
 * HMAC-SHA256(key, UTF-8 bytes of the value) (RFC 2104; truncation to 128 bits as allowed by NIST SP 800-107
 * §5.3.3). Deterministic: one person's email gets one token in every system and every run with the same key, so
 * decisions can be linked without the value; without the key a token cannot be reversed or recomputed.
 * Ingest computes the same function in DuckDB SQL (piiTokenSql); this is the reference implementation.
 *
 * @example piiToken(Buffer.from("k".repeat(40)), "Jöhn Doe") // => "tok_cebece9c5f13cd46480fc254956fa960"
 */
export function piiToken(key: Uint8Array, value: string): string {
  return "tok_" + createHmac("sha256", key).update(value, "utf8").digest("hex").slice(0, TOKEN_HEX_DIGITS);
}
