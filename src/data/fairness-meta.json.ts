import {writeFairnessMeta} from "../../loaders/fairness/writeFairnessMeta.js";
import {workDir} from "../../loaders/workspace/workDir.js";

await writeFairnessMeta(workDir());
