"""The fairness peer: fairlearn 0.9's MetricFrame on the rows of `workbench fairness --system ... --group <g>`.

    FAIRLEARN_SRC=<fairlearn checkout at tag v0.9.0> /usr/bin/python3 bench/peers/fairlearn.py \\
        <decisions.csv> <outcomes.csv> --group age_band [--decision final_decision --positive-decision approve]

Imports `fairlearn.metrics` from FAIRLEARN_SRC with Debian's python3-sklearn (and pandas, scipy, numpy). Conventions
are the workbench's for an ingested system (`workbench fairness --help`): a positive prediction is the favourable
final decision (approve), a positive label the favourable outcome (not defaulted); rows without an outcome count in
the selection rate only. So two MetricFrames, as a fairlearn user matching those conventions would write them:
selection_rate over every row, and true_positive_rate, false_positive_rate and precision (scikit-learn's
precision_score, zero_division=0) over the labelled rows; for each, by_group, difference() and ratio() (between
groups: max - min and min / max).

Prints one JSON object: wall and CPU seconds of the load (two CSV reads, the left join) and of the MetricFrames alone,
peak RSS, versions, and per group the four metrics and counts for the harness to compare with the workbench's.
"""
import argparse
import json

import numpy as np
import pandas as pd

from phases import Phases, source


def main():
    p = argparse.ArgumentParser()
    p.add_argument("decisions")
    p.add_argument("outcomes")
    p.add_argument("--group", required=True)
    p.add_argument("--decision", default="final_decision")
    p.add_argument("--positive-decision", default="approve")
    p.add_argument("--label", default="defaulted")
    a = p.parse_args()
    src = source("FAIRLEARN_SRC", "fairlearn/__init__.py")  # a checkout of fairlearn's repository
    import fairlearn
    import sklearn
    from fairlearn.metrics import MetricFrame, false_positive_rate, selection_rate, true_positive_rate
    from sklearn.metrics import precision_score
    timed = Phases()

    def load():
        d = pd.read_csv(a.decisions, usecols=["decision_id", a.decision, a.group],
                        dtype={a.decision: "category", a.group: "category"})
        o = pd.read_csv(a.outcomes, usecols=["decision_id", a.label])
        return d.merge(o, on="decision_id", how="left")

    def precision(y_true, y_pred):
        return precision_score(y_true, y_pred, zero_division=0)

    def fairness(d):
        y_pred = (d[a.decision] == a.positive_decision).to_numpy()
        labelled = d[a.label].notna().to_numpy()
        y_true = ~d[a.label].fillna(False).astype(bool).to_numpy()  # favourable outcome: not defaulted
        group = d[a.group]
        frames = [
            MetricFrame(metrics={"selection_rate": selection_rate}, y_true=y_pred, y_pred=y_pred,
                        sensitive_features=group),
            MetricFrame(metrics={"tpr": true_positive_rate, "fpr": false_positive_rate, "precision": precision},
                        y_true=y_true[labelled], y_pred=y_pred[labelled], sensitive_features=group[labelled]),
        ]
        return (pd.concat([f.by_group for f in frames], axis=1), pd.concat([f.difference() for f in frames]),
                pd.concat([f.ratio() for f in frames]))

    d = timed("load", load)
    by_group, difference, ratio = timed("fairness", lambda: fairness(d))
    counts = d.groupby(a.group, observed=True).agg(n=("decision_id", "size"), n_labelled=(a.label, "count"))
    groups = {str(g): {**{k: float(v) for k, v in row.items()}, "n": int(counts.loc[g, "n"]),
                       "n_labelled": int(counts.loc[g, "n_labelled"])} for g, row in by_group.iterrows()}
    print(json.dumps({
        "rows": len(d), "group": a.group, **timed.report(),
        "groups": groups,
        "difference": {k: float(v) for k, v in difference.items()},
        "ratio": {k: float(v) for k, v in ratio.items()},
        "versions": {"fairlearn": fairlearn.__version__, "scikit-learn": sklearn.__version__, "pandas": pd.__version__,
                     "numpy": np.__version__, "source": src}
    }))


if __name__ == "__main__":
    main()
