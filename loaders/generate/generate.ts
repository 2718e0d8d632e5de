import {mkdir, readFile, readdir, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {deriveSeed} from "../../src/lib/random/deriveSeed.js";
import {sfc32} from "../../src/lib/random/sfc32.js";
import type {Rng} from "../../src/lib/random/rng.js";
import {InputError} from "../cli/errors.js";
import {DAYS, DAY_MS, END_MS, START_MS, dayStartMs, monthKey} from "./calendar.js";
import {dailyCounts} from "./dailyCounts.js";
import {decide, thresholdOn} from "./decide.js";
import {sampleHour} from "./diurnal.js";
import {plannedFindings, type Finding} from "./findings.js";
import {csvLine, jsonLine, type Value} from "./formatRow.js";
import {LineWriter} from "./lineWriter.js";
import {MALFORMED, type MalformedReason, type MalformedSpec} from "./malformed.js";
import {Observed} from "./observed.js";
import {PLAN} from "./plan.js";
import {REVIEWERS} from "./reviewers.js";
import {samplePopulation} from "./samplePopulation.js";
import {SCORERS, type Deployment} from "./scorers.js";
import {SYSTEM_NAMES, SYSTEMS, type Row, type SystemName} from "./systems.js";

export type Format = "csv" | "jsonl" | "jsonl.gz";
export const FORMATS: readonly Format[] = ["csv", "jsonl", "jsonl.gz"];

export interface GenerateOptions {
  /** Output directory; created if missing. */
  out: string;
  /** Well-formed decision rows in all, split 60/40 between credit-line and fraud-screen. Default 250,000. */
  rows?: number;
  /** Default 42. Any safe integer. */
  seed?: number;
  /** Default csv. */
  format?: Format;
  /** Plant the malformed rows of finding 6 (default true). */
  malformed?: boolean;
  /** Replace the production and/or shadow model of a system (default SCORERS). */
  scorers?: Partial<Record<SystemName, Partial<Deployment>>>;
}

export interface MalformedEntry {
  kind: string;
  file: string;
  /** 1-based line in the file (the CSV header is line 1). */
  line: number;
  decision_id: string | null;
  field: string;
  /** The value written, as text ("" for missing). */
  value: string;
  reason: MalformedReason | "parse";
  check?: string;
  description: string;
}

export interface Manifest {
  generator: string;
  seed: number;
  rows: number;
  format: Format;
  start: string;
  /** Exclusive end of the window. */
  end: string;
  days: number;
  systems: Record<
    SystemName,
    {
      contract: string;
      rows: number;
      malformedRows: number;
      decisions: {file: string; lines: number}[];
      outcomes: {file: string; rows: number};
      models: {
        production: {name: string; version: string; fromDay: number};
        shadow: {name: string; version: string; fromDay: number};
      };
      thresholds: {fromDay: number; threshold: number}[];
      reviewers: readonly {id: string; leniency: number}[];
      /** Share of bad outcomes over every simulated label (observed or not). */
      positiveLabelShare: number | null;
    }
  >;
  outcomes: {minDelayDays: number; maxDelayDays: number; neverObservedShare: number; note: string};
  findings: Finding[];
  malformed: Record<SystemName, MalformedEntry[]>;
}

interface SystemState {
  system: SystemName;
  columns: readonly string[];
  counts: Int32Array;
  models: Deployment;
  malformedRng: Rng;
  malformedByDay: Map<number, MalformedSpec[]>;
  malformed: MalformedEntry[];
  seq: number;
  lastId: string | null;
  month: string | null;
  decisions: LineWriter | null;
  /** The open decisions file, relative to out (POSIX separators). */
  decisionFile: string;
  decisionFiles: {file: string; lines: number}[];
  outcomes: LineWriter;
  outcomeRows: number;
  /** The row object reused for every decision (all columns, in order: one hidden class). */
  row: Row;
}

const HOUR_MS = 3_600_000;

/**
 * Writes the seeded sample decision logs of both systems into `out` and returns the manifest it also writes
 * to out/manifest.json. Layout: `<system>/decisions-YYYY-MM.<ext>` (one file per month), `<system>/outcomes.<ext>`,
 * `manifest.json`; ext csv, jsonl or jsonl.gz. Streams day by day (constant memory: only one day's timestamps
 * are held). Every day of every system has its own rng stream sfc32(deriveSeed(seed, system, day)), so the same
 * options give byte-identical files.
 *
 * Refuses (InputError) an `out` directory that is non-empty and was not written by generate; a previous
 * generate output there is removed first (the files its manifest lists).
 */
export async function generate(options: GenerateOptions, {log}: {log: (message: string) => void}): Promise<Manifest> {
  const {out, rows = 250_000, seed = 42, format = "csv", malformed = true} = options;
  if (!(Number.isSafeInteger(rows) && rows >= 1 && rows <= 150_000_000)) throw new InputError(`invalid rows: ${rows}`);
  if (!Number.isSafeInteger(seed)) throw new InputError(`invalid seed: ${seed}`);
  if (!FORMATS.includes(format)) throw new InputError(`invalid format: ${format} (csv, jsonl or jsonl.gz)`);
  await prepareOut(out);

  const ext = format;
  const totals = {"credit-line": Math.round(rows * SYSTEMS["credit-line"].share), "fraud-screen": 0};
  totals["fraud-screen"] = rows - totals["credit-line"];
  const states = new Map<SystemName, SystemState>();
  for (const system of SYSTEM_NAMES) {
    await mkdir(join(out, system), {recursive: true});
    const info = SYSTEMS[system];
    const outcomes = new LineWriter(join(out, system, `outcomes.${ext}`), {gzip: format === "jsonl.gz"});
    if (format === "csv") outcomes.push(info.outcomeColumns.join(","));
    const byDay = new Map<number, MalformedSpec[]>();
    if (malformed) for (const spec of MALFORMED[system]) byDay.set(spec.day, [...(byDay.get(spec.day) ?? []), spec]);
    states.set(system, {
      system,
      columns: info.decisionColumns,
      counts: dailyCounts(system, totals[system]),
      models: {...SCORERS[system], ...options.scorers?.[system]},
      malformedRng: sfc32(deriveSeed(seed, system, "malformed")),
      malformedByDay: byDay,
      malformed: [],
      seq: 0,
      lastId: null,
      month: null,
      decisions: null,
      decisionFile: "",
      decisionFiles: [],
      outcomes,
      outcomeRows: 0,
      row: emptyRow(system)
    });
  }

  const observed = new Observed();
  const format_ = (columns: readonly string[], row: Readonly<Record<string, Value>>) =>
    format === "csv" ? csvLine(columns, row) : jsonLine(columns, row);
  let written = 0;
  let nextReport = 1;
  const report = rows >= 200_000;

  for (let day = 0; day < DAYS; ++day) {
    for (const state of states.values()) {
      const {system, columns, counts, models} = state;
      const info = SYSTEMS[system];
      const month = monthKey(day);
      if (state.month !== month) {
        await closeDecisions(state);
        const file = `${system}/decisions-${month}.${ext}`;
        state.decisions = new LineWriter(join(out, file), {gzip: format === "jsonl.gz"});
        state.decisionFile = file;
        if (format === "csv") state.decisions.push(columns.join(","));
        state.month = month;
      }
      const writer = state.decisions!;
      const row = state.row;
      const rng = sfc32(deriveSeed(seed, system, day));
      const k = counts[day];
      const offsets = new Float64Array(k);
      for (let j = 0; j < k; ++j) offsets[j] = sampleHour[system](rng) * HOUR_MS + Math.floor(rng() * HOUR_MS);
      offsets.sort();
      const start = dayStartMs(day);
      const planted = state.malformedByDay.get(day);
      const middle = Math.floor(k / 2);
      for (let j = 0; j <= k; ++j) {
        if (planted && j === middle) {
          const at = start + (k ? offsets[Math.min(j, k - 1)] : DAY_MS / 2);
          for (const spec of planted) writeMalformed(state, spec, day, at, format, format_);
        }
        if (j === k) break;
        const t = start + offsets[j];
        const applicant = samplePopulation(system, rng, day, Math.floor(offsets[j] / HOUR_MS));
        const id = nextId(state);
        row.decision_id = id;
        row.decided_at = new Date(t).toISOString();
        Object.assign(row, applicant.row);
        decide(system, day, applicant, rng, models, row);
        writer.push(format_(columns, row));
        if (writer.full) await writer.flush();
        state.lastId = id;
        observed.add(system, day, row, applicant);
        // outcome: Bernoulli(true probability), observed 30–90 days later unless never observed or after the window
        const {minDelayDays, maxDelayDays, neverObserved} = PLAN.outcomes;
        if (rng() >= neverObserved) {
          const observedAt = t + Math.round((minDelayDays + (maxDelayDays - minDelayDays) * rng()) * DAY_MS);
          if (observedAt < END_MS) {
            state.outcomes.push(
              format_(info.outcomeColumns, {
                decision_id: id,
                observed_at: new Date(observedAt).toISOString(),
                [info.labelColumn]: applicant.label
              })
            );
            state.outcomeRows += 1;
            if (state.outcomes.full) await state.outcomes.flush();
          }
        }
        if (report && ++written >= (nextReport * rows) / 10) {
          log(
            `generate: ${written.toLocaleString("en-US")} of ${rows.toLocaleString("en-US")} rows (${nextReport * 10} %)`
          );
          ++nextReport;
        }
      }
    }
  }

  for (const state of states.values()) {
    await closeDecisions(state);
    await state.outcomes.close();
  }
  const {labels, ...observedFindings} = observed.summary();
  const summary: Record<string, unknown> = {
    ...observedFindings,
    "malformed-rows": Object.fromEntries([...states.values()].map((s) => [s.system, s.malformed.length]))
  };
  const manifest: Manifest = {
    generator: "workbench generate",
    seed,
    rows,
    format,
    start: new Date(START_MS).toISOString(),
    end: new Date(END_MS).toISOString(),
    days: DAYS,
    systems: Object.fromEntries(
      [...states.values()].map((s) => [
        s.system,
        {
          contract: SYSTEMS[s.system].contract,
          rows: totals[s.system],
          malformedRows: s.malformed.length,
          decisions: s.decisionFiles,
          outcomes: {file: `${s.system}/outcomes.${ext}`, rows: s.outcomeRows},
          models: {
            production: {
              name: s.models.production.name,
              version: s.models.production.version,
              fromDay: PLAN[s.system].manualUntilDay
            },
            shadow: {
              name: s.models.shadow.name,
              version: s.models.shadow.version,
              fromDay: PLAN[s.system].shadowFromDay
            }
          },
          thresholds: thresholdSteps(s.system),
          reviewers: REVIEWERS[s.system],
          positiveLabelShare: labels[s.system].positiveRate
        }
      ])
    ) as Manifest["systems"],
    outcomes: {
      minDelayDays: PLAN.outcomes.minDelayDays,
      maxDelayDays: PLAN.outcomes.maxDelayDays,
      neverObservedShare: PLAN.outcomes.neverObserved,
      note:
        "Every decision has a simulated outcome, declines and flags included (the counterfactual is known in a simulation); " +
        "an outcome row exists when it was observed (not among the never-observed share) by the end of the window."
    },
    findings: plannedFindings().map((f) => ({...f, observed: summary[f.id] ?? null})),
    malformed: Object.fromEntries([...states.values()].map((s) => [s.system, s.malformed])) as Manifest["malformed"]
  };
  await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

function emptyRow(system: SystemName): Row {
  const row: Row = Object.fromEntries(SYSTEMS[system].decisionColumns.map((c) => [c, null]));
  row.system = system;
  return row;
}

function nextId(state: SystemState): string {
  state.seq += 1;
  if (state.seq > 99_999_999) throw new Error(`too many rows for 8-digit ids: ${state.system}`);
  return `${SYSTEMS[state.system].idPrefix}-${String(state.seq).padStart(8, "0")}`;
}

function thresholdSteps(system: SystemName): {fromDay: number; threshold: number}[] {
  const steps: {fromDay: number; threshold: number}[] = [];
  for (let day = PLAN[system].manualUntilDay; day < DAYS; ++day) {
    const threshold = thresholdOn(system, day);
    if (steps.at(-1)?.threshold !== threshold) steps.push({fromDay: day, threshold});
  }
  return steps;
}

function writeMalformed(
  state: SystemState,
  spec: MalformedSpec,
  day: number,
  at: number,
  format: Format,
  format_: (columns: readonly string[], row: Readonly<Record<string, Value>>) => string
): void {
  const {system, columns, models, malformedRng: rng} = state;
  let row: Row | null = null;
  for (let tries = 0; tries < 100_000 && !row; ++tries) {
    const applicant = samplePopulation(system, rng, day, Math.floor((at - dayStartMs(day)) / HOUR_MS));
    const candidate = emptyRow(system);
    candidate.decided_at = new Date(at).toISOString();
    Object.assign(candidate, applicant.row);
    decide(system, day, applicant, rng, models, candidate);
    if (!spec.needs || spec.needs(candidate)) row = candidate;
  }
  if (!row) throw new Error(`no base row for malformed ${spec.kind} on day ${day}`);
  if (spec.kind !== "duplicate_id" && spec.kind !== "missing_id") row.decision_id = nextId(state);
  spec.corrupt(row, state.lastId);
  let line = format_(columns, row);
  if (spec.kind === "short_row") {
    line = format === "csv" ? csvLine(columns.slice(0, -3), row) : line.slice(0, Math.floor(line.length * 0.6));
  }
  const writer = state.decisions!;
  writer.push(line);
  const value = spec.field in row ? row[spec.field] : null;
  state.malformed.push({
    kind: spec.kind,
    file: state.decisionFile,
    line: writer.lines,
    decision_id: row.decision_id as string | null,
    field: spec.field,
    value: spec.kind === "short_row" ? "" : value === null ? "" : String(value),
    reason: spec.kind === "short_row" && format !== "csv" ? "parse" : spec.reason,
    ...(spec.check ? {check: spec.check} : {}),
    description:
      spec.kind === "short_row" && format !== "csv" ? "the JSON object is cut off mid-record" : spec.description
  });
}

async function closeDecisions(state: SystemState): Promise<void> {
  if (!state.decisions) return;
  await state.decisions.close();
  state.decisionFiles.push({file: state.decisionFile, lines: state.decisions.lines});
  state.decisions = null;
}

/** Creates `out`, or clears a previous generate output in it; refuses any other non-empty directory. */
async function prepareOut(out: string): Promise<void> {
  await mkdir(out, {recursive: true});
  const entries = await readdir(out);
  if (entries.length === 0) return;
  if (!entries.includes("manifest.json")) {
    throw new InputError(`refusing to write into ${out}: not empty and has no manifest.json from a previous generate`);
  }
  let previous: Partial<Manifest>;
  try {
    previous = JSON.parse(await readFile(join(out, "manifest.json"), "utf8"));
  } catch (error) {
    throw new InputError(
      `refusing to write into ${out}: unreadable manifest.json`,
      {file: join(out, "manifest.json")},
      {cause: error}
    );
  }
  if (previous.generator !== "workbench generate")
    throw new InputError(`refusing to write into ${out}: manifest.json is not from generate`);
  for (const s of Object.values(previous.systems ?? {})) {
    for (const f of [...s.decisions, s.outcomes]) await rm(join(out, f.file), {force: true});
  }
  await rm(join(out, "manifest.json"), {force: true});
}
