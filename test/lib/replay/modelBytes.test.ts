import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {modelBytes} from "../../../src/lib/replay/modelBytes.js";

describe("modelBytes", () => {
  it("decodes base64 and checks the SHA-256", async () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2, appendix B.1)
    const sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    assert.deepEqual(Array.from(await modelBytes(btoa("abc"), sha)), [97, 98, 99]);
    await assert.rejects(modelBytes(btoa("abd"), sha, "m@1"), /checksum mismatch for m@1: expected ba7816bf/);
  });
});
