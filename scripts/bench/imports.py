"""`make bench-import`: import cost of the client plus one endpoint against `import httpx, attrs`.

Runs both commands alternately in fresh interpreters (medians of N runs, side by side), twice:
with compiled bytecode for the project's own packages, and without (their __pycache__ removed
and PYTHONDONTWRITEBYTECODE=1, as on machines that set it). Installed dependencies keep the
bytecode pip compiled for them in both cases. Last line: `import_ratio=<x> import_rss_mb=<y>`
(the bytecode case, i.e. an installed wheel).
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = [ROOT / "tripletex_async", ROOT / "generated" / "tripletex_async_api"]
RUNS = int(os.environ.get("BENCH_IMPORT_RUNS", "21"))

_PROBE = (
    "import time, resource; t = time.perf_counter(); {imports}; "
    "e = time.perf_counter() - t; "
    "print(e, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
)
BASELINE = _PROBE.format(imports="import httpx, attrs")
CLIENT = _PROBE.format(
    imports="import tripletex_async; import tripletex_async_api.api.customer.customer_search"
)


def _run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds of the whole interpreter run, max RSS MB) of one fresh interpreter."""
    import time

    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - started
    _, rss = out.stdout.split()
    return wall, float(rss)


def _clear_bytecode() -> None:
    for package in PACKAGES:
        for cache in package.rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)


def _compile() -> None:
    for package in PACKAGES:
        compileall.compile_dir(str(package), quiet=1, workers=0)


def measure(bytecode: bool) -> tuple[float, float, float, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    if bytecode:
        _compile()
    else:
        _clear_bytecode()
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    base_times: list[float] = []
    client_times: list[float] = []
    client_rss: list[float] = []
    base_rss: list[float] = []
    _run(BASELINE, env)  # warm the OS file cache for both before timing
    _run(CLIENT, env)
    for _ in range(RUNS):
        t, r = _run(BASELINE, env)
        base_times.append(t)
        base_rss.append(r)
        t, r = _run(CLIENT, env)
        client_times.append(t)
        client_rss.append(r)
    return (
        statistics.median(base_times),
        statistics.median(client_times),
        statistics.median(base_rss),
        statistics.median(client_rss),
    )


def main() -> None:
    results = {}
    for bytecode in (False, True):
        label = "with bytecode" if bytecode else "without bytecode"
        base, client, base_rss, client_rss = measure(bytecode)
        results[bytecode] = (client / base, client_rss)
        print(
            f"{label:17s}: httpx+attrs {base * 1000:6.1f} ms {base_rss:5.1f} MB | "
            f"tripletex_async + one endpoint {client * 1000:6.1f} ms {client_rss:5.1f} MB | "
            f"ratio {client / base:.3f}  (medians of {RUNS} interpreter runs, side by side)"
        )
    ratio_nb, rss_nb = results[False]
    print(f"import_ratio_nobytecode={ratio_nb:.3f} import_rss_mb_nobytecode={rss_nb:.1f}")
    ratio, rss = results[True]
    print(f"import_ratio={ratio:.3f} import_rss_mb={rss:.1f}")


if __name__ == "__main__":
    main()
