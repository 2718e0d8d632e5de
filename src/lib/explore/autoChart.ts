import type {ColumnKind} from "./columnKind.js";

/** The chart the Explore page draws for a query result. */
export interface AutoChartSpec {
  mark: "line" | "bar" | "dot" | "histogram" | "none";
  x: string | null;
  y: string | null;
  /** A categorical column splitting lines or dots into series (colour), or null. */
  series: string | null;
  /** Why this mark, in words, for the page. */
  reason: string;
}

/**
 * Picks a chart for a query result from its columns' kinds (see columnKind), taking the first column of each kind in
 * result order, so reordering the SELECT changes the chart:
 * 1. a temporal and a numeric column → line (x temporal, y numeric), one line per value of the first categorical
 *    column if there is one;
 * 2. a categorical and a numeric column → bar (x categorical, y numeric);
 * 3. two numeric columns → dot (x the first, y the second), coloured by the first categorical column if any;
 * 4. one numeric column → histogram of it;
 * 5. otherwise none (a table only). Rules are tried in this order.
 *
 * @example autoChart([{name: "week", kind: "temporal"}, {name: "n", kind: "numeric"}]).mark; // => "line"
 */
export function autoChart(columns: readonly {name: string; kind: ColumnKind}[]): AutoChartSpec {
  const of = (kind: ColumnKind) => columns.filter((c) => c.kind === kind).map((c) => c.name);
  const [temporal] = of("temporal");
  const numeric = of("numeric");
  const [categorical = null] = of("categorical");
  if (temporal && numeric.length > 0)
    return {
      mark: "line",
      x: temporal,
      y: numeric[0],
      series: categorical,
      reason: `${numeric[0]} over ${temporal}${categorical ? `, one line per ${categorical}` : ""} (a time and a number)`
    };
  if (categorical && numeric.length > 0)
    return {
      mark: "bar",
      x: categorical,
      y: numeric[0],
      series: null,
      reason: `${numeric[0]} by ${categorical} (a category and a number)`
    };
  if (numeric.length >= 2)
    return {
      mark: "dot",
      x: numeric[0],
      y: numeric[1],
      series: categorical,
      reason: `${numeric[1]} against ${numeric[0]} (two numbers)`
    };
  if (numeric.length === 1)
    return {
      mark: "histogram",
      x: numeric[0],
      y: null,
      series: null,
      reason: `distribution of ${numeric[0]} (one number)`
    };
  return {
    mark: "none",
    x: null,
    y: null,
    series: null,
    reason: "no chart: select a number with a time, a category or another number"
  };
}
