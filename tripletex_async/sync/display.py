"""Live progress (rich, optional) and the end-of-run summary table."""

from __future__ import annotations

import dataclasses
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TextIO

from .dataset import DatasetResult
from .engine import SyncReport

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

__all__ = ["RichProgress", "format_summary", "print_summary", "summary_dict"]


class RichProgress:
    """One bar per resource (records across all companies) and an overall data-set bar."""

    def __init__(self, resources: list[str], console: Console | None = None) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress: Progress = Progress(
            TextColumn("[bold]{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[note]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._tasks: dict[str, TaskID] = {
            name: self.progress.add_task(name, total=None, note="") for name in resources
        }
        self._totals: dict[str, int] = dict.fromkeys(resources, 0)
        self._skipped: dict[str, int] = dict.fromkeys(resources, 0)

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for name, task in self._tasks.items():
            done = self.progress.tasks[task].completed
            self.progress.update(task, total=max(done, self._totals[name]), completed=done)
        self.progress.stop()

    def dataset_started(self, company_id: int, resource: str) -> None:
        pass

    def dataset_total(self, company_id: int, resource: str, total: int) -> None:
        self._totals[resource] = self._totals.get(resource, 0) + total
        self.progress.update(self._tasks[resource], total=self._totals[resource])

    def records_written(self, company_id: int, resource: str, count: int) -> None:
        self.progress.advance(self._tasks[resource], count)

    def dataset_finished(self, result: DatasetResult) -> None:
        if result.skipped:
            self._skipped[result.resource] = self._skipped.get(result.resource, 0) + 1
            note = f"{self._skipped[result.resource]} unchanged, skipped"
            self.progress.update(self._tasks[result.resource], note=note)


def _cell(result: DatasetResult) -> str:
    if result.error is not None:
        return "error"
    if result.skipped:
        return "unchanged"
    return f"{result.records:,}"


def _rows(report: SyncReport) -> list[tuple[int, list[DatasetResult]]]:
    """Each company with its results in resource order (one lookup table, not a scan per cell)."""
    by_key = {(r.company_id, r.resource): r for r in report.results}
    return [(c, [by_key[(c, r)] for r in report.resources]) for c in report.companies]


def summary_lines(report: SyncReport) -> list[str]:
    """The figures below the table, as plain text."""
    lines = [
        f"{report.records:,} records in {report.seconds:.2f} s ({report.records_per_second:,.0f} records/s); "
        f"{report.requests} requests, {report.retries} retries, {report.rate_limited} 429s absorbed, "
        f"{report.transport_errors} connection errors, {report.session_creations} session(s) created",
    ]
    if report.faults:
        lines.append(f"faults injected: {report.faults}")
    changed = report.changed_during_walk
    if changed:
        lines.append(
            f"changed during the walk: {len(changed)} of {len(report.results)} data sets; "
            f"{report.recovered} records recovered by re-walking, "
            f"{report.duplicates_dropped} duplicates dropped (digests not saved: the next run fetches them again)"
        )
        for result in changed:
            lines.append(f"  company {result.company_id} {result.resource}: {result.walk_summary()}")
        shifting = [r for r in changed if not r.consistent]
        if shifting:
            lines.append(
                f"{len(shifting)} data set(s) still changing after {max(r.passes for r in shifting)} passes: "
                "a record may be missing there; run the sync again"
            )
    elif any(not r.skipped and r.error is None for r in report.results):
        lines.append("changed during the walk: nothing (no shift, digest or size change seen)")
    skipped = report.skipped
    if skipped:
        lines.append(
            f"{len(skipped)} of {len(report.results)} data sets unchanged since the last run "
            "(versionDigest matched, If-None-Match -> 304): skipped"
        )
    for failed in report.errors:
        lines.append(f"company {failed.company_id} {failed.resource}: {failed.error}")
    lines.append(f"store: {report.store}")
    return lines


def summary_dict(report: SyncReport) -> dict[str, Any]:
    """The summary as JSON-ready data (``tripletex sync --json``): totals and one entry per data set."""
    return {
        "store": report.store,
        "companies": report.companies,
        "resources": report.resources,
        "records": report.records,
        "records_by_resource": report.by_resource(),
        "seconds": round(report.seconds, 3),
        "requests": report.requests,
        "retries": report.retries,
        "rate_limited": report.rate_limited,
        "transport_errors": report.transport_errors,
        "session_creations": report.session_creations,
        "faults": report.faults,
        "data_sets": len(report.results),
        "unchanged": len(report.skipped),
        "failed": len(report.errors),
        "results": [{**dataclasses.asdict(r), "seconds": round(r.seconds, 3)} for r in report.results],
    }


def format_summary(report: SyncReport) -> str:
    """A plain-text summary (no rich needed)."""
    width = max(10, *(len(r) + 2 for r in report.resources))
    head = "company".ljust(12) + "".join(r.rjust(width) for r in report.resources)
    rows = [head, "-" * len(head)]
    for company, results in _rows(report):
        cells = [_cell(r) for r in results]
        rows.append(str(company).ljust(12) + "".join(c.rjust(width) for c in cells))
    totals = report.by_resource()
    rows.append("total".ljust(12) + "".join(f"{totals[r]:,}".rjust(width) for r in report.resources))
    return "\n".join([*rows, "", *summary_lines(report)])


def print_summary(report: SyncReport, console: Console | None = None, file: TextIO | None = None) -> None:
    """A rich table when rich is installed, else the plain-text summary."""
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover - rich is optional
        print(format_summary(report), file=file)
        return
    console = console or Console(file=file)
    table = Table(title="sync summary (records per resource and company)")
    table.add_column("company", justify="right")
    for resource in report.resources:
        table.add_column(resource, justify="right")
    table.add_column("seconds", justify="right")
    for company, results in _rows(report):
        table.add_row(
            str(company), *(_cell(r) for r in results), f"{max((r.seconds for r in results), default=0):.2f}"
        )
    totals = report.by_resource()
    table.add_row(
        "total", *(f"{totals[r]:,}" for r in report.resources), f"{report.seconds:.2f}", style="bold"
    )
    console.print(table)
    for line in summary_lines(report):
        console.print(line, highlight=False)
