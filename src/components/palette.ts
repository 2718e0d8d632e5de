/**
 * The workbench's colours, by meaning: every page and component takes its colours from here, so one meaning has
 * one colour on every page (docs/conventions.md). Pages and components never write a colour value of their own;
 * test/components/palette.test.ts fails on a hex colour anywhere else in src/.
 *
 * Verdicts are blue (fine) and red (needs attention); grey is the reference, the baseline or "before"; amber a
 * partial or lesser warning; green "better" where a comparison has a direction.
 */
export const palette = {
  /** In band, pass, no drift, in control, reproduced, "after". */
  ok: "#4269d0",
  /** Outside the band, fail, drift, a control-chart signal. */
  alarm: "#d62728",
  /** Partial, a lesser warning (a low anomaly, medium risk). */
  warn: "#e0a030",
  /** Better (a delta with a direction), low risk. */
  better: "#3ca951",
  /** An unfavourable decision (decline, flag) or outcome. */
  unfavourable: "#ff725c",
  /** Unclear, pending, not known yet. */
  unclear: "#9ca3af",
  /** The reference window, the baseline, "before". */
  reference: "#b8b8b8",
  /** Marks that give context behind the data: raw points under a smoothed line, connecting lines. */
  context: "#c7cbd1",
  /** Centre lines, reference rules, annotations. */
  ink: "#374151",
  /** Text and rules that should recede (quadrant labels, secondary annotations). */
  muted: "#6b7280",
  /** A fixed level drawn for context that no rule tests (a drift threshold on a control chart). */
  threshold: "#7c3aed",
  /** The fill of an accepted band (fairness τ band, control limits, a drift threshold band). */
  bandFill: "#e6ecf8",
  /** A fill that marks a window of time (the SPC or volume baseline). */
  windowFill: "#eef0f3",
  /** The champion (production model) and the challenger (shadow model). */
  champion: "#4269d0",
  challenger: "#ef8a17"
} as const;

/** The colours of a control chart's zones: within 1σ, 1–2σ, 2–3σ of the centre line. */
export const controlZones = {sigma1: "#eef4ec", sigma2: "#fbf3e0", sigma3: "#fbe7e5"} as const;

/** Categorical colours for things that have no meaning of their own (systems, groups, versions), in order. */
export const categorical: readonly string[] = [
  "#4269d0",
  "#efb118",
  "#6cc5b0",
  "#a463f2",
  "#ff8ab7",
  "#97bbf5",
  "#9c6b4e",
  "#3ca951",
  "#ff725c",
  "#9498a0"
];

/**
 * The colour of each decision, the same on every page: favourable decisions green, unfavourable coral, referral
 * to a person amber, anything else from `categorical`.
 */
export const decisionColors: Readonly<Record<string, string>> = {
  approve: palette.better,
  pass: palette.better,
  decline: palette.unfavourable,
  flag: palette.unfavourable,
  refer: "#efb118"
};

/** Model lifecycle statuses. */
export const statusColors: Readonly<Record<string, string>> = {
  candidate: "#b8b8b8",
  shadow: "#97bbf5",
  production: "#2f7d3b",
  retired: "#9c6b4e"
};

/** Sequential schemes (Plot scheme names): intensity of drift (0 = none), and a share of a group (0–100 %). */
export const schemes = {drift: "YlOrRd", share: "Blues"} as const;

/**
 * A Plot colour scale for `keys` (e.g. every system, every group): the same key gets the same colour on every
 * chart of the site, because keys are sorted before colours are dealt.
 * @example Plot.plot({color: keyedColors(["fraud-screen", "credit-line"]), ...})
 */
export function keyedColors(keys: Iterable<string>): {domain: string[]; range: string[]} {
  const domain = [...new Set(keys)].sort();
  return {domain, range: domain.map((_, i) => categorical[i % categorical.length])};
}

/**
 * A Plot colour scale for decisions (`decisionColors`, then `categorical` for others), in the order given.
 * @example Plot.plot({color: {...decisionScale(["approve", "decline", "refer"]), legend: true}, ...})
 */
export function decisionScale(decisions: Iterable<string>): {domain: string[]; range: string[]} {
  const domain = [...new Set(decisions)];
  let other = 0;
  return {domain, range: domain.map((d) => decisionColors[d] ?? categorical[other++ % categorical.length])};
}
