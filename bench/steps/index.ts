import {browser} from "./browser.js";
import {evidently} from "./evidently.js";
import {fairlearn} from "./fairlearn.js";
import {fairness} from "./fairness.js";
import {generate} from "./generate.js";
import {ingest} from "./ingest.js";
import {peers} from "./peers.js";
import {postgres} from "./postgres.js";
import {profile} from "./profile.js";
import {drift} from "./drift.js";
import {refresh} from "./refresh.js";
import {sharded} from "./sharded.js";
import {spc} from "./spc.js";
import type {Step} from "./Step.js";
import {synthetic} from "./synthetic.js";

/**
 * Every step in the order a run takes them. Add a step: a file in this folder exporting a Step, and one line here.
 * (`generate` and `ingest` also run, unasked, when a later step needs their output and it is missing.)
 */
export const STEPS: readonly Step[] = [
  generate,
  ingest,
  refresh,
  profile,
  drift,
  fairness,
  spc,
  peers,
  evidently,
  fairlearn,
  postgres,
  sharded,
  synthetic,
  browser
];

/** Names that stand for several steps: issue 14's targets. */
export const ALIASES: Record<string, string[]> = {
  P1: ["generate", "ingest", "refresh"],
  P2: ["evidently", "fairlearn"],
  P3: ["generate", "ingest", "refresh"]
};
