// Alerts page data: the rules of data/alerts.yaml and their evaluation, as `workbench check` prints it (loaders/alerts/).
import {alertsPayload} from "../../loaders/alerts/alertsPayload.js";
import {runLoader} from "../../loaders/derived/runLoader.js";

await runLoader("json", ({db, log, dir}) => alertsPayload({db, log, dir, now: new Date()}));
