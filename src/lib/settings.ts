/**
 * The workbench's defaults, defined once and read by the CLI (a flag's default), the refresh step (the derived
 * tables are computed with these) and the pages (an input's initial value). Changing one here changes all three;
 * `workbench refresh` recomputes the derived tables because this file is part of its code stamp.
 */
export const settings = {
  drift: {
    /**
     * Share of drifted features that flags a window (dataset drift). Evidently's default is 0.5; a contract's
     * feature list holds many columns a real shift leaves alone (the sample's planted episodes move 6 of 15
     * features), so we flag at 0.3. `workbench drift --share 0.5` gives Evidently's behaviour.
     */
    share: 0.3,
    /** Length of the default reference window: whole ISO weeks from the first Monday with a model score. */
    referenceWeeks: 4
  },
  fairness: {
    /** The band [τ, 1/τ] a group's rate ratio must stay in (the four-fifths rule). */
    tau: 0.8,
    /** Groups with fewer decisions are flagged small (and left out of disparities with --suppress-small). */
    minGroupSize: 30,
    /** Bootstrap resamples for the summary and disparity intervals, and their seed. */
    bootstrap: {resamples: 1000, seed: 1},
    /** Level of the Wilson and bootstrap intervals. */
    confidence: 0.95,
    /** The rates whose disparity decides a fairness check. */
    checkRates: ["selection_rate", "tpr", "fpr"]
  },
  models: {
    /** Realised metrics need this many labelled decisions in a window; CBPE estimates this many decisions. */
    minLabelled: 100,
    minRows: 100,
    /** A group's ROC AUC and bad rate need this many labelled decisions. */
    minGroupLabelled: 30,
    /** `workbench models` fails when a production model's ROC AUC is more than this below its validation AUC. */
    maxDrop: 0.05
  },
  roi: {
    /** Day-cluster bootstrap replicates of the ROI report, and their seed. */
    bootstrap: {replicates: 1000, seed: 1}
  },
  quality: {
    /** Days of the default volume baseline (the first 8 weeks, as the SPC page's default). */
    volumeBaselineDays: 56,
    /** A decision without an outcome after this many days is overdue, unless the contract says otherwise. */
    maxLabelDelayDays: 90
  },
  replay: {
    /** Model-made decisions per system the Replay page replays in the browser. */
    rowsPerSystem: 2500
  }
} as const;
