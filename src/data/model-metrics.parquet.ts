// Models page: metrics of every registered model version per window, validation included (see loaders/modelMetrics/).
import {runModelMetricsLoader} from "../../loaders/modelMetrics/runModelMetricsLoader.js";

await runModelMetricsLoader("metrics");
