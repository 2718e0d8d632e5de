/**
 * Decodes a base64 ONNX file and verifies its SHA-256 against the registry's before anyone runs it: the
 * browser's (and Node's) Web Crypto `crypto.subtle.digest("SHA-256", …)`, compared as lowercase hex.
 *
 * @throws {Error} `checksum mismatch for <label>: expected <hex>, got <hex>` when the bytes differ
 * @example
 * const bytes = await modelBytes(entry.onnx_base64, entry.onnx.sha256, "credit-lr@1.0.0");
 */
export async function modelBytes(base64: string, sha256: string, label = "model"): Promise<Uint8Array> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  if (hex !== sha256.toLowerCase()) throw new Error(`checksum mismatch for ${label}: expected ${sha256}, got ${hex}`);
  return bytes;
}
