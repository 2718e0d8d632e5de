import type {ColumnKind, DriftStatistic} from "./DriftStatistic.js";
import {chiSquareTest} from "./stattests/chiSquareTest.js";
import {jensenShannonTest} from "./stattests/jensenShannonTest.js";
import {ksTest} from "./stattests/ksTest.js";
import {psiTest} from "./stattests/psiTest.js";
import {wassersteinTest} from "./stattests/wassersteinTest.js";

export type {ColumnKind, DriftStatistic};

/**
 * The registered drift statistics with their behaviour (see DriftStatistic), in the order a feature's report lists
 * their fields. Add a statistic: one file in stattests/ and one line here.
 */
export const driftStatistics = [psiTest, jensenShannonTest, ksTest, wassersteinTest, chiSquareTest] as const;

/** The name of a registered drift statistic. */
export type DriftTestName = (typeof driftStatistics)[number]["name"];

/**
 * What the Drift page lists of a registered statistic (Evidently's `StatTest(name, display_name,
 * allowed_feature_types, default_threshold)`): `pvalue` tests flag drift when p < threshold, `distance` statistics
 * when the value ≥ threshold.
 */
export interface DriftTest {
  name: DriftTestName;
  label: string;
  columnKinds: readonly ColumnKind[];
  defaultThreshold: number;
  kind: "pvalue" | "distance";
  /** What the value means, shown in the UI next to the choice. */
  description: string;
}

/** The page lists the automatic choice's candidates first (small reference, then large), then any other statistic. */
const LISTED: readonly string[] = ["ks", "chisquare", "wasserstein", "jensenshannon", "psi"];

/**
 * The registry's metadata by name, with Evidently's default thresholds (evidently legacy `calculations/stattests/
 * *.py`): KS p < 0.05, chi-square p < 0.05, normed Wasserstein ≥ 0.1, Jensen–Shannon distance ≥ 0.1, PSI ≥ 0.1.
 *
 * @example driftTests.ks.defaultThreshold; // => 0.05
 */
export const driftTests = Object.fromEntries(
  [...driftStatistics]
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map(({name, label, columnKinds, defaultThreshold, kind, description}) => [
      name,
      {name, label, columnKinds, defaultThreshold, kind, description}
    ])
) as Readonly<Record<DriftTestName, DriftTest>>;

function rank(name: string): number {
  const i = LISTED.indexOf(name);
  return i < 0 ? LISTED.length : i;
}

/** The registered statistic of this name. @throws {Error} `unknown drift test: <name>` */
export function driftStatistic(name: string): DriftStatistic {
  const found = driftStatistics.find((s) => s.name === name) as DriftStatistic | undefined;
  if (!found) throw new Error(`unknown drift test: ${name}`);
  return found;
}

/**
 * Whether a statistic's value means drift under a threshold (the test's default unless given).
 *
 * @throws {Error} if the test is unknown or the value is NaN
 * @example isDrift("ks", 0.01); // => true
 */
export function isDrift(test: string, value: number, threshold?: number): boolean {
  const t = driftStatistic(test);
  if (Number.isNaN(value)) throw new Error(`invalid ${test} value: ${value}`);
  const limit = threshold ?? t.defaultThreshold;
  return t.kind === "pvalue" ? value < limit : value >= limit;
}
