"""Commands whose options belong to another parser (``emulator``, ``regen``: their ``--help`` is that
parser's), ``api-diff`` and the fleet ``worker``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from ._app import TimeoutOption, VerboseOption, echo_error, options
from ._connect import export_settings
from ._failures import fail

__all__ = ["api_diff", "checkout_root", "emulator", "regen", "worker"]


def emulator(ctx: typer.Context) -> None:
    """Serve the emulator on a local port and print the `export TRIPLETEX_...=` lines that point
    `tripletex` and `TripletexClient()` at it (-h lists its options: port, data size, faults...)."""
    from ..emulator.__main__ import main as emulator_main

    raise typer.Exit(emulator_main(list(ctx.args), prog="tripletex emulator"))


def checkout_root() -> Path | None:
    """The source checkout that holds ``scripts/regen`` (the current directory or the package's)."""
    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (root / "scripts" / "regen").is_dir() and (root / "openapi").is_dir():
            return root
    return None


def regen(ctx: typer.Context) -> None:
    """Regenerate the client from the OpenAPI spec (needs a source checkout; -h lists its options:
    --env, --spec, --fail-on-breaking, --check)."""
    root = checkout_root()
    if root is None:
        echo_error(
            "error: regen needs a source checkout of tripletex-async (scripts/regen and openapi/ "
            "were not found here or beside the package); run it from the repository root."
        )
        raise typer.Exit(2)
    args = ["--help" if arg == "-h" else arg for arg in ctx.args]
    command = [sys.executable, "-m", "scripts.regen", "--prog", "tripletex regen", *args]
    raise typer.Exit(subprocess.call(command, cwd=root))


def api_diff(
    old: Annotated[str, typer.Argument(help="Old OpenAPI spec (path or URL).")],
    new: Annotated[str, typer.Argument(help="New OpenAPI spec (path or URL).")],
) -> None:
    """Compare two OpenAPI specs: operations, parameters and schemas added, removed or retyped."""
    from ..spec.__main__ import main as spec_main

    raise typer.Exit(spec_main(["diff", old, new]))


def worker(
    ctx: typer.Context,
    queue: Annotated[
        str,
        typer.Option(
            "--queue",
            envvar="TRIPLETEX_FLEET_QUEUE",
            help="Redis URL of the fleet, e.g. rediss://host:6380/0; its password from "
            "TRIPLETEX_FLEET_REDIS_PASSWORD when the URL has none (keep it off the command line).",
        ),
    ],
    pg: Annotated[
        str,
        typer.Option(
            "--pg",
            envvar="TRIPLETEX_FLEET_PG",
            help="PostgreSQL DSN the records go to. Prefer the env var: a password on the command "
            "line is visible to every user in the process list (a warning says so).",
        ),
    ],
    max_jobs: Annotated[int, typer.Option("--max-jobs", help="Data sets synced at once.")] = 4,
    lease: Annotated[
        float, typer.Option("--lease", help="Seconds before a dead worker's job is retried.")
    ] = 30.0,
    burst: Annotated[bool, typer.Option("--burst", help="Exit once the queue is empty.")] = False,
    timeout: TimeoutOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Run fleet sync jobs enqueued by `tripletex sync --queue` (one session and rate budget per fleet)."""
    from ..fleet.worker import main as worker_main

    opts = options(ctx, timeout, verbose)
    try:
        export_settings(opts)  # the worker builds its clients from TRIPLETEX_* settings
    except Exception as exc:  # settings: one line
        raise fail(exc, opts) from None
    args = ["--queue", queue, "--pg", pg, "--max-jobs", str(max_jobs), "--lease", str(lease)]
    args += ["--base-url", opts.base_url] if opts.base_url else []
    args += ["--env", opts.environment] if opts.environment else []
    args += ["--log-level", "debug"] if opts.verbose else []
    raise typer.Exit(worker_main([*args, "--burst"] if burst else args))
