import * as Plot from "@observablehq/plot";
import {statusColors} from "./palette.js";
import type {StatusSpan} from "../lib/models/statusSpans.js";

export interface StatusTimelineOptions {
  width?: number;
  height?: number;
  document?: Document;
}

const STATUSES = ["candidate", "shadow", "production", "retired"];

/** Spans shorter than this many days are not labelled (the label would overlap the next one); see the tooltip. */
const LABEL_DAYS = 14;

/**
 * Every model version's status over time: one row per version (name@version), a bar per status span
 * (statusSpans) coloured by status, labelled with the status when at least two weeks long, with the approver and
 * note in the tooltip.
 *
 * @example StatusTimeline(models.flatMap((m) => statusSpans(m.status_history, asOf).map((s) => ({...s, model: `${m.name}@${m.version}`}))), {width})
 */
export function StatusTimeline(
  spans: readonly (StatusSpan & {model: string})[],
  {width, height, document}: StatusTimelineOptions = {}
) {
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  const models = [...new Set(spans.map((s) => s.model))];
  return Plot.plot({
    document,
    width,
    height: height ?? 60 + 34 * models.length,
    marginLeft: 130,
    x: {type: "utc", label: null, grid: true},
    y: {domain: models, label: null},
    color: {domain: STATUSES, range: STATUSES.map((s) => statusColors[s]), legend: true},
    marks: [
      Plot.barX(spans, {
        y: "model",
        x1: (s: StatusSpan) => at(s.from),
        x2: (s: StatusSpan) => at(s.to),
        fill: "status",
        insetTop: 4,
        insetBottom: 4,
        tip: true,
        title: (s: StatusSpan & {model: string}) =>
          `${s.model}: ${s.status} from ${s.from}${s.current ? "" : ` to ${s.to}`}\napproved by ${s.approver}${s.note ? `\n${s.note}` : ""}`
      }),
      Plot.text(
        spans.filter((s) => Date.parse(s.to) - Date.parse(s.from) >= LABEL_DAYS * 86_400_000),
        {
          y: "model",
          x: (s: StatusSpan) => at(s.from),
          text: "status",
          textAnchor: "start",
          dx: 4,
          fill: "white",
          fontSize: 10
        }
      )
    ]
  });
}
