"""``python -m tripletex_async.fleet.worker --queue redis://... --pg postgresql://...``: one fleet worker.

Tokens and the API base come from ``TRIPLETEX_*`` variables as for every client; the PostgreSQL
DSN from ``--pg`` or ``TRIPLETEX_FLEET_PG``. Run as many as you like, on as many machines: they
share one session, one rate budget and one queue through Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tripletex_async.fleet.worker", description=__doc__)
    p.add_argument("--queue", required=True, help="Redis URL of the fleet, e.g. redis://127.0.0.1:6379/0")
    p.add_argument("--pg", default=os.environ.get("TRIPLETEX_FLEET_PG"), help="PostgreSQL DSN")
    p.add_argument("--base-url", default=None, help="API base URL (else TRIPLETEX_BASE_URL)")
    p.add_argument("--env", default=None, help="production or test (else TRIPLETEX_ENV)")
    p.add_argument("--max-jobs", type=int, default=4, help="data sets this worker syncs at once")
    p.add_argument("--lease", type=float, default=30.0, help="seconds before a dead worker's job is retried")
    p.add_argument("--burst", action="store_true", help="exit once the queue is empty")
    p.add_argument("--log-level", default="warning")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.pg:
        print("error: a PostgreSQL DSN is needed (--pg or TRIPLETEX_FLEET_PG)", file=sys.stderr)
        return 2
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    from .jobs import run_worker

    client_kwargs: dict[str, Any] = {}
    if args.base_url:
        client_kwargs["base_url"] = args.base_url
    if args.env:
        client_kwargs["environment"] = args.env
    return asyncio.run(
        run_worker(
            args.queue,
            args.pg,
            client_kwargs=client_kwargs,
            max_jobs=args.max_jobs,
            lease=args.lease,
            burst=args.burst,
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
