"""The peer: the drift, fairness and SPC tables the workbench computes, written the way a data scientist would
write them with pandas + scipy (Debian's python3-pandas and python3-scipy), to time against `npm run bench`.

    /usr/bin/python3 bench/peers/tables.py <decisions.csv> <outcomes.csv>

Reads the ingested credit-line decisions and outcomes (exported to CSV by the harness: Debian has no pyarrow, so
pandas cannot read Parquet here) and prints one JSON object: wall and CPU seconds per step (load, drift, fairness,
spc), peak RSS, row counts, and the values the harness compares with the workbench's own (PSI per week and feature).

Definitions follow the workbench (README, "Data quality, mergeable profiles and drift", "Statistical process
control", and `workbench fairness --help`):
- drift: reference = the 4 ISO weeks from the first Monday on or after the first scored decision; every ISO week
  against it, per feature: PSI on reference deciles (numpy's default quantile = type 7, duplicate edges dropped,
  right-closed bins, outer bins open, empty share -> 1e-4), Jensen-Shannon distance base 2 on the same bins,
  numeric: ks_2samp, wasserstein_distance and its value over the reference std; categorical: chi2 on the 2 x K table.
  The workbench's drift table also holds the score, overlay bins, label drift and a multivariate (PCA) score: the
  peer leaves those out, so the ratio favours the peer.
- fairness: per protected attribute and group, overall and per month: confusion counts (prediction = final decision
  approve, label = not defaulted; rows without an outcome count in the selection rate only), selection rate, base
  rate, TPR, FPR, FNR, TNR, precision, NPV, and the disparity of each rate against the largest group.
- spc: per UTC day (as `workbench spc`'s default bucket): approve, review, override (among reviewed), fallback and missing-score rates,
  p95 latency of automated decisions, default rate among decisions with an outcome; per proportion series a
  p-chart over all buckets, the individuals sigma (MR-bar / 1.128), EWMA (lambda 0.2, L 3), tabular CUSUM
  (k 0.5, h 5) and Western Electric rules 1-4.
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

from phases import Phases

NUMERIC = ["income", "debt_to_income", "credit_utilization", "credit_history_months", "open_accounts",
           "delinquencies_2y", "inquiries_6m", "employment_years", "savings_balance", "requested_limit"]
CATEGORICAL = ["employment_type", "housing", "purpose", "region", "channel"]
PROTECTED = ["sex", "age_band", "ethnicity"]


def psi_bins(ref, cur, edges):
    r = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1) / len(ref)
    c = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1) / len(cur)
    return r, c


def psi(r, c):
    r = np.where(r == 0, 1e-4, r)
    c = np.where(c == 0, 1e-4, c)
    return float(np.sum((c - r) * np.log(c / r)))


def drift_table(d):
    scored = d.loc[d["score"].notna(), "decided_at"].min()
    monday = scored.normalize() - pd.Timedelta(days=scored.weekday())
    if monday < scored:
        monday += pd.Timedelta(days=7)
    ref = d[(d["decided_at"] >= monday) & (d["decided_at"] < monday + pd.Timedelta(days=28))]
    weeks = d["decided_at"].dt.to_period("W-SUN").dt.start_time
    cells = []
    edges = {}
    for f in NUMERIC:
        x = ref[f].dropna().to_numpy()
        edges[f] = (np.unique(np.quantile(x, np.linspace(0.1, 0.9, 9))), x, max(np.std(x), 1e-3))
    cats = {f: ref[f].dropna().astype(str) for f in CATEGORICAL}
    for week, cur in d.groupby(weeks):
        for f in NUMERIC:
            e, x, sd = edges[f]
            y = cur[f].dropna().to_numpy()
            r, c = psi_bins(x, y, e)
            ks = stats.ks_2samp(x, y)
            w = stats.wasserstein_distance(x, y)
            cells.append({"week": str(week.date()), "feature": f, "psi": psi(r, c),
                          "js": float(jensenshannon(r, c, base=2)), "ks": float(ks.statistic),
                          "ks_p": float(ks.pvalue), "wasserstein": w, "wasserstein_normed": w / sd})
        for f in CATEGORICAL:
            y = cur[f].dropna().astype(str)
            levels = sorted(set(cats[f].unique()) | set(y.unique()))
            rc = cats[f].value_counts().reindex(levels, fill_value=0).to_numpy()
            cc = y.value_counts().reindex(levels, fill_value=0).to_numpy()
            table = np.vstack([rc, cc])
            table = table[:, table.sum(axis=0) > 0]
            chi2, p, dof, _ = stats.chi2_contingency(table, correction=False)
            r, c = rc / rc.sum(), cc / cc.sum()
            cells.append({"week": str(week.date()), "feature": f, "psi": psi(r, c),
                          "js": float(jensenshannon(r, c, base=2)), "chi2": float(chi2), "chi2_p": float(p)})
    return cells


RATES = {
    "selection_rate": ("pp", "n"), "base_rate": ("lp", "nl"), "tpr": ("tp", "lp"), "fpr": ("fp", "ln"),
    "fnr": ("fn", "lp"), "tnr": ("tn", "ln"), "precision": ("tp", "pl"), "npv": ("tn", "nlab")
}


def confusion(frame, keys):
    g = frame.groupby(keys, observed=True)
    t = pd.DataFrame({
        "n": g.size(), "pp": g["pred"].sum(), "nl": g["labelled"].sum(), "lp": g["tp_or_fn"].sum(),
        "ln": g["fp_or_tn"].sum(), "tp": g["tp"].sum(), "fp": g["fp"].sum(), "fn": g["fn"].sum(), "tn": g["tn"].sum()
    })
    t["pl"] = t["tp"] + t["fp"]
    t["nlab"] = t["tn"] + t["fn"]
    for rate, (num, den) in RATES.items():
        t[rate] = t[num] / t[den].where(t[den] > 0)
    return t


def fairness_table(d):
    f = pd.DataFrame({"pred": d["final_decision"] == "approve"})
    label = d["defaulted"].map({True: False, False: True, "true": False, "false": True})
    f["labelled"] = label.notna()
    good = label.fillna(False).astype(bool)
    f["tp_or_fn"] = f["labelled"] & good
    f["fp_or_tn"] = f["labelled"] & ~good
    f["tp"] = f["pred"] & f["tp_or_fn"]
    f["fp"] = f["pred"] & f["fp_or_tn"]
    f["fn"] = ~f["pred"] & f["tp_or_fn"]
    f["tn"] = ~f["pred"] & f["fp_or_tn"]
    f["month"] = d["decided_at"].dt.to_period("M").astype(str)
    out = []
    for attribute in PROTECTED:
        f["group"] = d[attribute]
        for keys in (["group"], ["month", "group"]):
            t = confusion(f, keys)
            reference = t.loc[t["n"].idxmax()]
            for rate in RATES:
                t[f"disparity_{rate}"] = t[rate] / reference[rate]
            t = t.reset_index()
            t["attribute"] = attribute
            out.extend(t.to_dict("records"))
    return out


def rules(x, center, sigma):
    z = (x - center) / sigma
    n = len(z)
    flags = np.zeros((4, n), dtype=bool)
    flags[0] = np.abs(z) > 3
    for i in range(n):
        for side in (1, -1):
            w3 = z[max(0, i - 2):i + 1] * side
            if len(w3) == 3 and np.sum(w3 > 2) >= 2:
                flags[1, i] = True
            w5 = z[max(0, i - 4):i + 1] * side
            if len(w5) == 5 and np.sum(w5 > 1) >= 4:
                flags[2, i] = True
            w8 = z[max(0, i - 7):i + 1] * side
            if len(w8) == 8 and np.all(w8 > 0):
                flags[3, i] = True
    return flags


def charts(x, n=None, lam=0.2, L=3, k=0.5, h=5):
    x = np.asarray(x, dtype=float)
    ok = ~np.isnan(x)
    x = x[ok]
    if len(x) < 2:
        return {}
    mr = np.abs(np.diff(x)).mean()
    sigma = mr / 1.128 if mr > 0 else 1.0
    center = x.mean()
    result = {"center": center, "sigma": sigma}
    if n is not None:
        n = np.asarray(n, dtype=float)[ok]
        pbar = float(np.sum(x * n) / np.sum(n))
        s = np.sqrt(pbar * (1 - pbar) / n)
        result["p_lcl"] = np.clip(pbar - 3 * s, 0, 1).tolist()
        result["p_ucl"] = np.clip(pbar + 3 * s, 0, 1).tolist()
    z = np.empty_like(x)
    prev = center
    for i, v in enumerate(x):
        prev = lam * v + (1 - lam) * prev
        z[i] = prev
    i = np.arange(1, len(x) + 1)
    width = L * sigma * np.sqrt(lam / (2 - lam) * (1 - (1 - lam) ** (2 * i)))
    cp = np.zeros_like(x)
    cm = np.zeros_like(x)
    up = down = 0.0
    for j, v in enumerate((x - center) / sigma):
        up = max(0.0, v - k + up)
        down = max(0.0, -v - k + down)
        cp[j], cm[j] = up, down
    result["ewma_signals"] = int(np.sum(np.abs(z - center) > width))
    result["cusum_signals"] = int(np.sum((cp > h) | (cm > h)))
    result["rule_points"] = rules(x, center, sigma).sum(axis=1).tolist()
    return result


def spc_table(d):
    out = []
    automated = d["decision_source"] != "human"
    for bucket, key in (("day", d["decided_at"].dt.floor("D")),):
        g = d.assign(
            approve=d["final_decision"] == "approve", review=d["routed_to_review"].astype(bool),
            override=d["routed_to_review"].astype(bool) & (d["review_decision"] != d["decision"]),
            fallback=d["decision_source"] == "fallback", missing=d["score"].isna(),
            latency=d["latency_ms"].where(automated), outcome=d["defaulted"].notna(),
            default=d["defaulted"].map({True: 1.0, False: 0.0, "true": 1.0, "false": 0.0})
        ).groupby(key)
        series = pd.DataFrame({
            "n": g.size(), "approve": g["approve"].mean(), "review": g["review"].mean(),
            "reviewed": g["review"].sum(), "override": g["override"].sum(), "fallback": g["fallback"].mean(),
            "missing_score": g["missing"].mean(), "latency_p95": g["latency"].quantile(0.95),
            "with_outcome": g["outcome"].sum(), "default_rate": g["default"].mean()
        })
        series["override"] = series["override"] / series["reviewed"].where(series["reviewed"] > 0)
        for metric, n in (("approve", "n"), ("review", "n"), ("override", "reviewed"), ("fallback", "n"),
                          ("missing_score", "n"), ("default_rate", "with_outcome"), ("latency_p95", None)):
            c = charts(series[metric], series[n] if n else None)
            out.append({"bucket": bucket, "metric": metric, "points": len(series), **c})
    return out


def main():
    timed = Phases()

    def load():
        # the columns the tables need, low-cardinality text as categories: what a careful analyst would do
        categories = CATEGORICAL + PROTECTED + ["final_decision", "decision_source"]
        columns = ["decision_id", "decided_at", "score", "latency_ms", "routed_to_review", "review_decision",
                   "decision", *NUMERIC, *categories]
        decisions = pd.read_csv(sys.argv[1], parse_dates=["decided_at"], usecols=columns,
                                dtype={c: "category" for c in categories})
        outcomes = pd.read_csv(sys.argv[2], usecols=["decision_id", "defaulted"])
        return decisions.merge(outcomes, on="decision_id", how="left")

    d = timed("load", load)
    drift = timed("drift", lambda: drift_table(d))
    fairness = timed("fairness", lambda: fairness_table(d))
    spc = timed("spc", lambda: spc_table(d))
    print(json.dumps({
        "rows": len(d), **timed.report(),
        "cells": {"drift": len(drift), "fairness": len(fairness), "spc": len(spc)},
        "psi": {f"{c['week']} {c['feature']}": c["psi"] for c in drift},
        "versions": {"pandas": pd.__version__, "numpy": np.__version__, "scipy": __import__("scipy").__version__}
    }))


if __name__ == "__main__":
    main()
