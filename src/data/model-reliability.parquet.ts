// Models page: the reliability curve (10 equal-width score bins) of every model version per window (see loaders/modelMetrics/).
import {runModelMetricsLoader} from "../../loaders/modelMetrics/runModelMetricsLoader.js";

await runModelMetricsLoader("reliability");
