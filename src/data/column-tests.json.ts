// Drift page: the per-column drift tests of data/alerts.yaml (checks of type column_drift), every system.
import {columnTests} from "../../loaders/alerts/columnTests.js";

try {
  process.stdout.write(JSON.stringify(await columnTests(undefined)));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
