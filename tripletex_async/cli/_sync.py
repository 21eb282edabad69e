"""``tripletex sync``: client companies to a local store; checked stores, ``--repair``, Ctrl-C that
says what was saved; ``--queue`` hands the work to fleet workers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._app import Options, TimeoutOption, VerboseOption, echo_error, options
from ._call import not_a_client_line, not_clients
from ._connect import client_config, export_settings, open_client
from ._failures import CommandError, fail, run
from ._info import JsonOption
from ._output import print_json

if TYPE_CHECKING:
    from ..sync import SyncReport

__all__ = ["sync"]


def _date(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"error: {option}: {text!r} is not a date (YYYY-MM-DD): {exc}") from None


def _faults(preset: bool, spec: str | None, emulated: bool) -> Any:
    """The emulator FaultConfig for ``--faults`` / ``--fault-spec`` (None: no faults)."""
    if not preset and spec is None:
        return None
    if not emulated:
        raise CommandError("error: --faults and --fault-spec need --emulator (the emulator injects them)")
    from ..demo import SYNC_FAULTS
    from ..emulator.config import FaultConfig, parse_faults

    if spec is None:
        return SYNC_FAULTS
    try:
        return FaultConfig(**parse_faults(spec))
    except (TypeError, ValueError) as exc:
        raise CommandError(
            f"error: --fault-spec {spec!r}: {exc} (expected e.g. 500=0.05,drop=0.01,burst=4)"
        ) from None


def _open_store(kind: str, out: Path | None, *, rebuild: bool) -> Any:
    """Open the store; a damaged one is moved aside and rebuilt when ``rebuild`` (``--repair``/``--full``)."""
    from ..sync import StoreError, move_aside, open_store

    try:
        return open_store(kind, out)
    except StoreError as exc:
        if not (exc.damaged and rebuild):
            raise
        moved = move_aside(exc.path)
        echo_error(f"{exc.path} failed its check: kept as {moved}; syncing everything into a fresh store")
        return open_store(kind, out)


def _remove_if_empty(path: Path) -> None:
    """A SQLite store this run created and never committed to is removed (no empty file left)."""
    import sqlite3

    try:
        with sqlite3.connect(path) as db:
            if db.execute("SELECT count(*) FROM sync_digest").fetchone()[0]:
                return
    except sqlite3.Error:
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def sync(
    ctx: typer.Context,
    store: Annotated[str, typer.Option("--store", help="sqlite (default) or jsonl.")] = "sqlite",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="SQLite file or JSONL directory (default tripletex-sync.sqlite / tripletex-sync).",
        ),
    ] = None,
    company: Annotated[
        list[int] | None,
        typer.Option("--company", "-c", help="Company id (repeatable); default: all with login access."),
    ] = None,
    resource: Annotated[
        list[str] | None,
        typer.Option("--resource", "-r", help="customers, invoices, vouchers, postings (repeatable)."),
    ] = None,
    date_from: Annotated[str, typer.Option(help="First date for invoices/vouchers/postings.")] = "2000-01-01",
    date_to: Annotated[str, typer.Option(help="Date after the last (exclusive).")] = "2100-01-01",
    emulator: Annotated[
        bool, typer.Option("--emulator", help="Run against an embedded in-process emulator (demo data).")
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Live progress bar.")] = True,
    full: Annotated[
        bool,
        typer.Option("--full", help="Ignore stored checksums; fetch everything (rebuilds a damaged store)."),
    ] = False,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="A store that fails its integrity check is renamed to <name>.damaged-<time> (kept) and "
            "everything is synced into a fresh one.",
        ),
    ] = False,
    as_json: JsonOption = False,
    faults: Annotated[
        bool,
        typer.Option(
            "--faults",
            help="With --emulator: inject faults (5% 500/502/503, dropped connections, 429 bursts without "
            "a Reset header, forced session expiry, records created/deleted while paging).",
        ),
    ] = False,
    fault_spec: Annotated[
        str | None,
        typer.Option(
            "--fault-spec",
            help="With --emulator: faults to inject instead of the --faults preset, e.g. "
            "500=0.05,drop=0.01,429=0.01,burst=4,session_requests=100,churn=0.1.",
        ),
    ] = None,
    queue: Annotated[
        str | None,
        typer.Option(
            "--queue",
            help="Fleet mode: enqueue one job per (company, resource) on this Redis "
            "(redis://...) for `tripletex worker` processes (PostgreSQL store), wait, print the summary.",
        ),
    ] = None,
    timeout: TimeoutOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Sync customers, invoices, vouchers and postings of client companies to a local store.

    Prints a summary table (--json: the summary as JSON). Ctrl-C keeps every data set already
    complete; the next run resumes. A damaged store is reported and left alone (--repair rebuilds).
    """
    from ..sync import RichProgress, print_summary, resolve_resources, summary_dict, sync_companies
    from ._tally import Tally

    opts = options(ctx, timeout, verbose)
    try:
        lo, hi = _date("--date-from", date_from), _date("--date-to", date_to)
        if lo >= hi:
            raise CommandError(
                f"error: --date-from {lo} is not before --date-to {hi} (--date-to is exclusive)"
            )
        chosen = [r.name for r in resolve_resources(resource)]
        if queue:  # fleet mode (tripletex_async.fleet): workers do the fetching
            raise typer.Exit(_via_queue(opts, queue, company, chosen, lo, hi, full))
        emulated = emulator or bool(opts.emulator)
        injected = _faults(faults, fault_spec, emulated)
        if not emulated:
            client_config(opts)  # settings and tokens first: a failure leaves no store file behind
        path = Path(out) if out is not None else None
        fresh = store == "sqlite" and not (path or Path("tripletex-sync.sqlite")).exists()
        target = _open_store(store, out, rebuild=repair or full)
    except typer.Exit:
        raise
    except Exception as exc:  # input and store failures: one line
        raise fail(exc, opts) from None

    tally = Tally(target)
    notes: list[str] = []

    async def go() -> SyncReport:
        spec = "demo" if emulator and not opts.emulator else None
        async with open_client(opts, spec, faults=injected) as tx:
            kwargs: dict[str, Any] = {
                "companies": company or None,
                "resources": chosen,
                "date_from": lo,
                "date_to": hi,
                "use_digests": not (full or repair),
            }
            if progress and not as_json:
                with RichProgress(chosen) as bar:
                    tally.inner = bar
                    report = await sync_companies(tx, tally, progress=tally, **kwargs)
            else:
                report = await sync_companies(tx, tally, progress=tally, **kwargs)
            failed = sorted({r.company_id for r in report.errors})
            whole = [c for c in failed if all(r.error for r in report.results if r.company_id == c)]
            if company and whole:  # companies asked for by id whose every data set failed
                missing, clients = await not_clients(tx, whole)
                notes.extend(not_a_client_line(c, clients) for c in missing)
            return report

    report: SyncReport | None = None
    try:
        report = run(opts, go, on_interrupt=tally.interrupted_line)
    finally:
        target.close()
        if report is None and fresh and not tally.committed:
            _remove_if_empty(target.path)
    if injected is not None:
        from ..demo import describe_faults

        report.faults = describe_faults(injected)
    if as_json:
        print_json(summary_dict(report))
    else:
        print_summary(report)
    for note in notes:
        echo_error(f"error: {note}")
    if report.errors:
        raise typer.Exit(1)


def _via_queue(
    opts: Options,
    queue: str,
    company: list[int] | None,
    resources: list[str],
    lo: date,
    hi: date,
    full: bool,
) -> int:
    from ..fleet.commands import sync_via_queue

    export_settings(opts)  # the fleet builds its clients from TRIPLETEX_* settings
    return sync_via_queue(
        queue,
        base_url=opts.base_url,
        environment=opts.environment,
        companies=company or None,
        resources=resources or None,
        date_from=lo,
        date_to=hi,
        use_digests=not full,
    )
