import {runRoiLoader} from "../../loaders/roi/runRoiLoader.js";

await runRoiLoader();
