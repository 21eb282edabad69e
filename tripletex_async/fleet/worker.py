"""``python -m tripletex_async.fleet.worker``: one fleet worker.

Tokens and the API base come from ``TRIPLETEX_*`` variables as for every client; the PostgreSQL DSN
from ``TRIPLETEX_FLEET_PG`` and the Redis URL from ``TRIPLETEX_FLEET_QUEUE`` (preferred: a password
given as ``--pg``/``--queue`` is visible to every user of the machine in the process list and
stays in shell history, so it draws a warning). Run as many as you like, on as many machines: they
share one session, one rate budget and one queue through Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

__all__ = ["PG_ENV", "QUEUE_ENV", "main", "parser", "password_on_command_line"]

PG_ENV = "TRIPLETEX_FLEET_PG"
QUEUE_ENV = "TRIPLETEX_FLEET_QUEUE"
_KEYWORD_PASSWORD = re.compile(r"(?:^|\s)password\s*=", re.IGNORECASE)


def _has_password(dsn: str) -> bool:
    if _KEYWORD_PASSWORD.search(dsn):  # libpq keyword form: "host=... password=..."
        return True
    try:
        return bool(urlsplit(dsn).password)
    except ValueError:
        return False


def password_on_command_line(
    option: str, value: str | None, env_var: str, environ: Mapping[str, str] | None = None
) -> str | None:
    """The warning to print when ``value`` (a DSN or URL) carries a password and did not come from
    ``env_var`` (so it was typed on the command line), else None."""
    env = os.environ if environ is None else environ
    if not value or value == env.get(env_var) or not _has_password(value):
        return None
    return (
        f"warning: {option} carries a password, which every user of this machine can read in the "
        f"process list (and your shell history keeps); set {env_var} instead"
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tripletex_async.fleet.worker", description=__doc__)
    p.add_argument(
        "--queue",
        default=os.environ.get(QUEUE_ENV),
        help=f"Redis URL of the fleet, e.g. rediss://host:6380/0 (else {QUEUE_ENV}; the password "
        "from TRIPLETEX_FLEET_REDIS_PASSWORD when the URL has none)",
    )
    p.add_argument(
        "--pg",
        default=os.environ.get(PG_ENV),
        help=f"PostgreSQL DSN (prefer {PG_ENV}: a password on the command line is visible to others)",
    )
    p.add_argument("--base-url", default=None, help="API base URL (else TRIPLETEX_BASE_URL)")
    p.add_argument("--env", default=None, help="production or test (else TRIPLETEX_ENV)")
    p.add_argument("--max-jobs", type=int, default=4, help="data sets this worker syncs at once")
    p.add_argument("--lease", type=float, default=30.0, help="seconds before a dead worker's job is retried")
    p.add_argument("--burst", action="store_true", help="exit once the queue is empty")
    p.add_argument("--log-level", default="warning")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.queue:
        print(f"error: the fleet's Redis URL is needed ({QUEUE_ENV} or --queue)", file=sys.stderr)
        return 2
    if not args.pg:
        print(f"error: a PostgreSQL DSN is needed ({PG_ENV} or --pg)", file=sys.stderr)
        return 2
    for option, value, env_var in (("--pg", args.pg, PG_ENV), ("--queue", args.queue, QUEUE_ENV)):
        warning = password_on_command_line(option, value, env_var)
        if warning:
            print(warning, file=sys.stderr)
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
