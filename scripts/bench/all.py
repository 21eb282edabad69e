"""`make bench`: run every benchmark, collect their `key=value` lines into bench/results.json.

Each benchmark prints its figures and ends with a machine-readable line of `key=value` pairs;
this runs them one after the other (never in parallel: the machines have 2 noisy cores), merges
every such pair into one flat object with the machine and date, and prints a short table.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHES = ("imports", "pagination", "parse", "session", "fleet", "webhook_intake")
_PAIR = re.compile(r"^([a-z_0-9]+)=([-0-9.eE]+)$")

TABLE = (
    ("import ratio (with bytecode)", "import_ratio"),
    ("import ratio (no bytecode)", "import_ratio_nobytecode"),
    ("import RSS MB", "import_rss_mb"),
    ("pagination speedup vs sequential", "pagination_speedup"),
    ("pagination / latency bound", "pagination_bound_ratio"),
    ("stream RSS growth MB", "stream_rss_growth_mb"),
    ("parse ratio (typed / json)", "parse_ratio"),
    ("sessions for 1,000 first calls", "session_creations"),
    ("fleet speedup, 3 workers vs 1", "fleet_speedup_3_workers"),
    ("fleet speedup, 6 workers vs 1", "fleet_speedup_6_workers"),
    ("fleet 6 workers / latency bound", "fleet_x_latency_bound_6_workers"),
    ("fleet every record once (1 = yes)", "every_record_once"),
    ("fleet sessions created", "sessions_created"),
    ("fleet rate limit exceeded", "rate_limit_exceeded"),
    ("fleet run, nothing changed (s)", "fleet_unchanged_run_seconds"),
    ("webhook: peak MiB, forged 10 MiB body", "webhook_peak_chunked_mib"),
    ("webhook: MiB held by 16 stalled uploads", "webhook_stalled_9mib_x16_held_mib"),
)


def figures(output: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in output.splitlines():
        tokens = line.split()
        pairs = [_PAIR.match(t) for t in tokens]
        if tokens and all(pairs):
            for match in pairs:
                assert match is not None
                found[match.group(1)] = float(match.group(2))
    return found


def main() -> int:
    results: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "pythondontwritebytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }
    failed = []
    for name in BENCHES:
        print(f"== bench {name}", flush=True)
        proc = subprocess.run(
            [sys.executable, "-m", f"scripts.bench.{name}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        print(proc.stdout, end="")
        if proc.returncode != 0:
            failed.append(name)
            print(proc.stderr[-2000:], file=sys.stderr)
            continue
        results.update(figures(proc.stdout))
    out = ROOT / "bench" / "results.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\n{'figure':36s} value")
    for label, key in TABLE:
        value = results.get(key)
        print(f"{label:36s} {value if value is not None else '-'}")
    print(f"\nwritten {out.relative_to(ROOT)}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
