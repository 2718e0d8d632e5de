// Decision audit page: the registered models with their checked ONNX bytes, to replay a decision in the browser.
import {auditModels} from "../../loaders/governance/auditModels.js";
import {DEFAULT_REGISTRY} from "../../loaders/models/registeredScorers.js";
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("json", () => auditModels(DEFAULT_REGISTRY));
