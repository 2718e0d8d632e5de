/** One section of the HTML report: its anchor, title, one-line verdict and body markup (escaped, static). */
export interface ReportSection {
  id: string;
  title: string;
  /** "attention" when the section found something to look at (drift, a signal, a failing cell, an alert). */
  status: "ok" | "attention" | "info";
  /** One sentence for the summary at the top, plain text. */
  summary: string;
  html: string;
}

/** What every section reads: the window under review and the reference it is compared with. */
export interface ReportWindows {
  window: {from: string; to: string};
  reference: {from: string; to: string};
}
