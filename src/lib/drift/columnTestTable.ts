import type {DriftCellRow} from "./driftView.js";
import {driftTests, isDrift, type DriftTestName} from "./driftTests.js";

/** A per-column drift test from the config: the column, the statistic and its threshold (Evidently's TestColumnDrift). */
export interface ColumnTest {
  /** The system it applies to, when the config names one. */
  system?: string;
  column: string;
  test: DriftTestName;
  threshold: number;
  /** Where the test comes from, e.g. the config's check name. */
  source?: string;
}

/** One row of the drift table: a column in one window, under its configured test or the automatic one. */
export interface ColumnTestRow {
  column: string;
  type: "numeric" | "categorical";
  role: "feature" | "prediction";
  test: DriftTestName;
  /** The test's label (driftTests), e.g. "PSI". */
  label: string;
  value: number | null;
  threshold: number;
  /** true = the column drifted (the test fails); null when the statistic does not apply to the column. */
  drifted: boolean | null;
  /** "config" when a configured test decides, else "auto" (the automatically chosen test). */
  from: "config" | "auto";
  source: string | null;
  psi: number;
}

/**
 * The value of a drift statistic in a drift cell: ks and chisquare their p-values, wasserstein the normed distance,
 * jensenshannon and psi themselves; null when the statistic does not apply to the column's type.
 *
 * @example statisticValue(cell, "psi"); // => cell.psi
 */
export function statisticValue(cell: DriftCellRow, test: DriftTestName): number | null {
  switch (test) {
    case "ks":
      return cell.ks?.pvalue ?? null;
    case "chisquare":
      return cell.chi2?.pvalue ?? null;
    case "wasserstein":
      return cell.wasserstein_normed;
    case "jensenshannon":
      return cell.js_distance;
    case "psi":
      return cell.psi;
  }
  throw new Error(`unknown drift test: ${String(test)}`);
}

/**
 * Evidently's drift table with per-column tests (TestColumnDrift with a stattest and threshold): every column of one
 * window, judged by its configured test where the config names one (the last one wins when a column has several),
 * else by the automatically chosen test of the drift cell; p-value tests fail when p < threshold, distances when
 * value ≥ threshold (isDrift). Sorted drifting columns first, then by PSI (largest first), then by name.
 *
 * @throws {Error} for a configured test that is unknown
 * @example columnTestTable(cells.filter((c) => c.window_start === week), [{column: "income", test: "psi", threshold: 0.2}])[0].column;
 */
export function columnTestTable(cells: readonly DriftCellRow[], tests: readonly ColumnTest[] = []): ColumnTestRow[] {
  const configured = new Map(tests.map((t) => [t.column, t]));
  const rows = cells.map((cell): ColumnTestRow => {
    const t = configured.get(cell.name);
    if (t) {
      if (!driftTests[t.test]) throw new Error(`unknown drift test: ${t.test}`);
      const value = statisticValue(cell, t.test);
      return {
        column: cell.name,
        type: cell.type,
        role: cell.role,
        test: t.test,
        label: driftTests[t.test].label,
        value,
        threshold: t.threshold,
        drifted: value === null ? null : isDrift(t.test, value, t.threshold),
        from: "config",
        source: t.source ?? null,
        psi: cell.psi
      };
    }
    const test = cell.test as DriftTestName;
    return {
      column: cell.name,
      type: cell.type,
      role: cell.role,
      test,
      label: driftTests[test]?.label ?? cell.test,
      value: cell.value,
      threshold: cell.threshold,
      drifted: cell.drifted,
      from: "auto",
      source: null,
      psi: cell.psi
    };
  });
  const rank = (d: boolean | null) => (d === true ? 0 : d === false ? 1 : 2);
  return rows.sort(
    (a, b) =>
      rank(a.drifted) - rank(b.drifted) || b.psi - a.psi || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0)
  );
}
