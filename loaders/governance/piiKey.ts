import {createHmac, randomBytes} from "node:crypto";
import {readFile, writeFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {InputError} from "../cli/errors.js";

/** The secret key of the PII tokens (HMAC-SHA256), never written to any output. */
export interface PiiKey {
  bytes: Buffer;
  /** A fingerprint safe to publish: the first 12 hex digits of HMAC-SHA256(key, "decision-workbench key id"). */
  id: string;
  /** Where it came from: `WORKBENCH_PII_KEY`, the key file, or a key file created by this call. */
  source: "env" | "file" | "created";
}

export interface PiiKeyOptions {
  /** Default `process.env`: `WORKBENCH_PII_KEY`, and `CI` / `WORKBENCH_PUBLISH` for a published build. */
  env?: NodeJS.ProcessEnv;
  /** Default `.workbench-key` at the repository root (git-ignored). */
  keyFile?: string;
  /** Create the key file with 32 random bytes when there is no key and the build is not published (the bundled sample). */
  create?: boolean;
}

/** `.workbench-key` at the repository root. */
export const KEY_FILE = fileURLToPath(new URL("../../.workbench-key", import.meta.url));

/** Shortest accepted key, in characters (32 hex characters = 128 bits). */
export const MIN_KEY_LENGTH = 32;

/**
 * The PII tokenisation key: `$WORKBENCH_PII_KEY` when set, else the contents of the key file (trimmed), used
 * as UTF-8 bytes. With neither, a published build (`CI` or `WORKBENCH_PUBLISH` set to anything but ``, `0`,
 * `false`) is an error, never a default key; otherwise, with `create`, a key file of 64 random hex characters
 * is written (mode 0600) and used, so the bundled sample works on a fresh clone.
 *
 * @throws {InputError} when the key is shorter than 32 characters, the key file is unreadable, or there is no
 *   key and none may be created (the message says how to configure one)
 * @example const key = await resolvePiiKey({create: true}); key.id // => "3f0c9a1be2d4"
 */
export async function resolvePiiKey(options: PiiKeyOptions = {}): Promise<PiiKey> {
  const {env = process.env, keyFile = KEY_FILE, create = false} = options;
  const fromEnv = env.WORKBENCH_PII_KEY?.trim();
  if (fromEnv) return piiKey(fromEnv, "env", "WORKBENCH_PII_KEY");
  let text: string | undefined;
  try {
    text = await readFile(keyFile, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new InputError(`cannot read PII key file (${code ?? String(error)})`, {file: keyFile});
  }
  if (text !== undefined) return piiKey(text.trim(), "file", keyFile);
  const how = `set WORKBENCH_PII_KEY or write at least ${MIN_KEY_LENGTH} random characters to ${keyFile} (e.g. openssl rand -hex 32)`;
  if (isPublished(env))
    throw new InputError(`no PII key for a published build (CI or WORKBENCH_PUBLISH is set): ${how}`);
  if (!create) throw new InputError(`no PII key: ${how}`);
  const fresh = randomBytes(32).toString("hex");
  try {
    await writeFile(keyFile, fresh + "\n", {mode: 0o600, flag: "wx"});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return resolvePiiKey({env, keyFile}); // created meanwhile
    throw new InputError(`cannot create PII key file (${(error as NodeJS.ErrnoException).code})`, {file: keyFile});
  }
  return piiKey(fresh, "created", keyFile);
}

/** True when the environment says the build will be published: `CI` or `WORKBENCH_PUBLISH` set and not `0`/`false`. */
export function isPublished(env: NodeJS.ProcessEnv): boolean {
  return [env.CI, env.WORKBENCH_PUBLISH].some((v) => v !== undefined && !["", "0", "false"].includes(v.trim()));
}

function piiKey(text: string, source: PiiKey["source"], where: string): PiiKey {
  if (text.length < MIN_KEY_LENGTH)
    throw new InputError(`PII key too short: ${text.length} characters, at least ${MIN_KEY_LENGTH}`, {file: where});
  const bytes = Buffer.from(text, "utf8");
  return {
    bytes,
    id: createHmac("sha256", bytes).update("decision-workbench key id").digest("hex").slice(0, 12),
    source
  };
}
