"""What the peer scripts share: their phases timed in wall and CPU seconds, and a peer imported from its source."""
import os
import resource
import sys
import time


class Phases:
    """`phases("load", fn)` runs fn and keeps its wall and CPU seconds under "load"; `report()` gives them."""

    def __init__(self):
        self.seconds, self.cpu_seconds = {}, {}

    def __call__(self, name, fn):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        self.seconds[name], self.cpu_seconds[name] = time.perf_counter() - t, time.process_time() - c
        return result

    def report(self):
        return {"seconds": self.seconds, "cpu_seconds": self.cpu_seconds,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def source(variable, marker):
    """Puts the folder the environment variable names first on sys.path, after checking it holds `marker`."""
    src = os.environ.get(variable)
    if not src or not os.path.isfile(os.path.join(src, marker)):
        sys.exit(f"{variable} must name a folder with {marker} (got {src!r})")
    sys.path.insert(0, src)
    return src
