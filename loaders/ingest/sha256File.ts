import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";

/**
 * The sha256 (hex) and size in bytes of a file, streamed.
 *
 * @throws {Error} the fs error when the file cannot be read
 * @example await sha256File("empty.txt") // => {sha256: "e3b0c442...b855", bytes: 0}
 */
export async function sha256File(file: string): Promise<{sha256: string; bytes: number}> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return {sha256: hash.digest("hex"), bytes};
}
