import type {Command} from "../cli/command.js";

/**
 * Every CLI command by name, imported only when it runs: a command pays for its own modules, not for all
 * of them (tsx compiles each imported module at start-up). Add a command by adding its module here.
 */
export const commands: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import("./ingest.js")).ingest,
  sample: async () => (await import("./sample.js")).sample,
  generate: async () => (await import("./generate.js")).generate,
  profile: async () => (await import("./profile.js")).profile,
  drift: async () => (await import("./drift.js")).drift,
  spc: async () => (await import("./spc.js")).spc,
  fairness: async () => (await import("./fairness.js")).fairness,
  roi: async () => (await import("./roi.js")).roi,
  train: async () => (await import("./train.js")).train,
  replay: async () => (await import("./replay.js")).replay,
  shadow: async () => (await import("./shadow.js")).shadow,
  models: async () => (await import("./models.js")).models,
  check: async () => (await import("./check.js")).check,
  explain: async () => (await import("./explain.js")).explain,
  refresh: async () => (await import("./refresh.js")).refreshCommand,
  report: async () => (await import("./report.js")).report,
  "shard-load": async () => (await import("./shardLoad.js")).shardLoad
};
