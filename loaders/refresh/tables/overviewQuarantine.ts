import {quarantineReasonsSql} from "../../overview/quarantineReasonsSql.js";
import {readManifest} from "../../overview/readManifest.js";
import type {DerivedTable} from "../DerivedTable.js";

/** The ingest's quarantine counts by failed check, from the manifest (quarantineReasonsSql). */
export const overviewQuarantine: DerivedTable = {
  name: "overview-quarantine",
  description:
    "per failed check of the last decisions ingest: quarantined rows (a row failing several counts under each)",
  columns: {system: "VARCHAR", check: "VARCHAR", rows: "INTEGER"},
  async compute({system}) {
    const sql = quarantineReasonsSql(system.roles.system, await readManifest(system.paths.manifest));
    return sql === undefined ? [] : {sql};
  }
};
