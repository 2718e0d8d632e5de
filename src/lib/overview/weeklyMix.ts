import * as aq from "arquero";

/** A row of overview-mix.parquet: decisions per system, ISO week, final decision and decision source. */
export interface MixRow {
  system: string;
  week: Date | number;
  final_decision: string;
  decision_source?: string;
  decisions: number;
}

/**
 * The weekly decision mix by system, week and final decision only (arquero), summed over decision sources: one
 * bar segment per decision. Stacking the rows as they come, one per source, drew each decision as several
 * same-coloured segments separated by unexplained white lines.
 * @example weeklyMix(mix)[0] // => {system: "credit-line", week: Date, final_decision: "approve", decisions: 4130}
 */
export function weeklyMix(
  rows: readonly MixRow[]
): {system: string; week: Date; final_decision: string; decisions: number}[] {
  if (rows.length === 0) return [];
  return aq
    .from(
      rows.map((r) => ({
        system: r.system,
        week: +new Date(r.week),
        final_decision: r.final_decision,
        decisions: r.decisions
      }))
    )
    .groupby("system", "week", "final_decision")
    .rollup({decisions: aq.op.sum("decisions")})
    .orderby("system", "week", "final_decision")
    .objects()
    .map((r) => {
      const o = r as {system: string; week: number; final_decision: string; decisions: number};
      return {...o, week: new Date(o.week)};
    });
}
