import type {Command} from "../cli/command.js";
import {check} from "./check.js";
import {drift} from "./drift.js";
import {fairness} from "./fairness.js";
import {generate} from "./generate.js";
import {ingest} from "./ingest.js";
import {models} from "./models.js";
import {profile} from "./profile.js";
import {replay} from "./replay.js";
import {roi} from "./roi.js";
import {sample} from "./sample.js";
import {shadow} from "./shadow.js";
import {spc} from "./spc.js";
import {train} from "./train.js";

/** Every CLI command; add a command by adding its module here. */
export const commands: Command[] = [
  ingest,
  sample,
  generate,
  spc,
  drift,
  fairness,
  roi,
  profile,
  train,
  replay,
  shadow,
  models,
  check
];
