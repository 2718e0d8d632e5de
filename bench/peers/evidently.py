"""The drift peer: Evidently 0.2.8's stat-test functions, called the way Evidently's own data drift calculation
calls them (`get_one_column_drift` in `evidently/calculations/data_drift.py`: each column with infinities and nulls
dropped, then `StatTest(reference, current, feature_type, threshold)`), on the rows of `workbench drift`.

    EVIDENTLY_SRC=<evidently checkout at tag v0.2.8>/src /usr/bin/python3 bench/peers/evidently.py \\
        <decisions.csv> --time decided_at --reference <from>..<to> --current <from>..<to> \\
        --numeric a,b,... --categorical c,d,...

Imports `evidently.calculations.stattests` from EVIDENTLY_SRC with Debian's python3-pandas and python3-scipy (none
of Evidently's own dependencies beyond those are needed for the stat tests). Windows are half-open [from, to) in UTC,
as the workbench's. Tests per column, as an Evidently user asks for "every test that applies":
- numeric: `wasserstein` (normed Wasserstein distance), `psi`, `ks` (two-sample Kolmogorov-Smirnov p-value);
- categorical: `jensenshannon`, `psi`, `chisquare` (the workbench also reports a chi-square test for them).

Prints one JSON object: wall and CPU seconds of the load (CSV read, text as categories, the two windows cut) and of
the drift computation alone, peak RSS, versions, and each column's values and non-null row counts for the harness to
compare with the workbench's report.
"""
import argparse
import json

import numpy as np
import pandas as pd

from phases import Phases, source


def window(text):
    lo, hi = text.split("..")
    return [pd.Timestamp(t).tz_convert(None) if pd.Timestamp(t).tzinfo else pd.Timestamp(t) for t in (lo, hi)]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("decisions")
    p.add_argument("--time", required=True)
    p.add_argument("--reference", required=True, type=window)
    p.add_argument("--current", required=True, type=window)
    p.add_argument("--numeric", required=True)
    p.add_argument("--categorical", required=True)
    a = p.parse_args()
    src = source("EVIDENTLY_SRC", "evidently/_version.py")  # the src/ folder of Evidently's repository
    import evidently
    from evidently.calculations.stattests import (chi_stat_test, jensenshannon_stat_test, ks_stat_test,
                                                  psi_stat_test, wasserstein_stat_test)
    numeric, categorical = a.numeric.split(","), a.categorical.split(",")
    tests = {"num": (wasserstein_stat_test, psi_stat_test, ks_stat_test),
             "cat": (jensenshannon_stat_test, psi_stat_test, chi_stat_test)}
    timed = Phases()

    def load():
        d = pd.read_csv(a.decisions, usecols=[a.time, *numeric, *categorical], parse_dates=[a.time],
                        dtype={c: "category" for c in categorical})
        t = d[a.time]
        return [d[(t >= lo) & (t < hi)] for lo, hi in (a.reference, a.current)]

    def drift(reference, current):
        out = []
        for kind, columns in (("num", numeric), ("cat", categorical)):
            for column in columns:
                r = reference[column].replace([-np.inf, np.inf], np.nan).dropna()
                c = current[column].replace([-np.inf, np.inf], np.nan).dropna()
                values = {}
                for test in tests[kind]:
                    result = test(r, c, kind, None)
                    values[test.name] = {"score": float(result.drift_score), "drifted": bool(result.drifted)}
                out.append({"name": column, "type": kind, "reference_values": len(r), "current_values": len(c),
                            "tests": values})
        return out

    reference, current = timed("load", load)
    features = timed("drift", lambda: drift(reference, current))
    print(json.dumps({
        "rows": {"reference": len(reference), "current": len(current)},
        **timed.report(),
        "features": features,
        "versions": {"evidently": evidently.__version__, "pandas": pd.__version__, "numpy": np.__version__,
                     "scipy": __import__("scipy").__version__, "source": src}
    }))


if __name__ == "__main__":
    main()
