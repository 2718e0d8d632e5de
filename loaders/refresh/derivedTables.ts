import type {DerivedTable} from "./DerivedTable.js";
import {auditRows} from "./tables/auditRows.js";
import {driftBins} from "./tables/driftBins.js";
import {driftCells} from "./tables/driftCells.js";
import {driftLabels} from "./tables/driftLabels.js";
import {driftMultivariate} from "./tables/driftMultivariate.js";
import {driftReference} from "./tables/driftReference.js";
import {driftWindows} from "./tables/driftWindows.js";
import {explainCounts} from "./tables/explainCounts.js";
import {explainMetaTable} from "./tables/explainMeta.js";
import {fairnessMeta} from "./tables/fairnessMeta.js";
import {fairnessRows} from "./tables/fairnessRows.js";
import {lineage} from "./tables/lineage.js";
import {modelAsOf} from "./tables/modelAsOf.js";
import {modelGroups} from "./tables/modelGroups.js";
import {modelMetrics} from "./tables/modelMetrics.js";
import {modelReliability} from "./tables/modelReliability.js";
import {operationsDaily} from "./tables/operationsDaily.js";
import {operationsLoads} from "./tables/operationsLoads.js";
import {overviewDaily} from "./tables/overviewDaily.js";
import {overviewMix} from "./tables/overviewMix.js";
import {overviewQuarantine} from "./tables/overviewQuarantine.js";
import {overviewSystems} from "./tables/overviewSystems.js";
import {profiles} from "./tables/profiles.js";
import {qualityChecksums} from "./tables/qualityChecksums.js";
import {qualityIntegrity} from "./tables/qualityIntegrity.js";
import {qualityNulls} from "./tables/qualityNulls.js";
import {qualityQuarantine} from "./tables/qualityQuarantine.js";
import {qualityVolume} from "./tables/qualityVolume.js";
import {replaySample} from "./tables/replaySample.js";
import {roiCells} from "./tables/roiCells.js";
import {roiRaters} from "./tables/roiRaters.js";
import {roiReport} from "./tables/roiReport.js";
import {shadowMeta} from "./tables/shadowMeta.js";
import {shadowRowsTable} from "./tables/shadowRows.js";
import {spcSeries} from "./tables/spcSeries.js";

/**
 * Every derived table `workbench refresh` computes per system, one line each (see DerivedTable for how to add
 * one). Tables are computed in this order, each after the tables it reads.
 */
export const derivedTables: readonly DerivedTable<object>[] = [
  overviewSystems,
  overviewDaily,
  overviewMix,
  overviewQuarantine,
  qualityVolume,
  qualityNulls,
  qualityIntegrity,
  qualityQuarantine,
  qualityChecksums,
  lineage,
  operationsDaily,
  operationsLoads,
  driftReference,
  driftCells,
  driftBins,
  driftWindows,
  driftMultivariate,
  driftLabels,
  profiles,
  spcSeries,
  explainMetaTable,
  explainCounts,
  fairnessRows,
  fairnessMeta,
  modelMetrics,
  modelReliability,
  modelGroups,
  modelAsOf,
  roiCells,
  roiRaters,
  roiReport,
  shadowRowsTable,
  shadowMeta,
  replaySample,
  auditRows
];
