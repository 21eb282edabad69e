"""A ready-made terminal progress bar (``rich``, the optional ``progress`` extra; imported lazily).

>>> with progress_bar("customers") as bar:
...     result = await tx.bulk(tx.customer.get, ids, progress=bar.bulk)
...     async for c in tx.paginate(tx.customer.search, progress=bar.pages): ...
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from .errors import ConfigurationError

__all__ = ["ProgressBar", "progress_bar"]


class ProgressBar:
    """A rich progress bar with callbacks for bulk calls (``.bulk``) and pagination (``.pages``)."""

    def __init__(self, description: str = "working", *, transient: bool = False, console: Any = None) -> None:
        try:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ConfigurationError(
                "the progress bar needs rich: pip install 'tripletex-async[progress]'"
            ) from exc
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            transient=transient,
            console=console,
        )
        self._task = self._progress.add_task(description, total=None, failed="")

    def bulk(self, done: int, total: int, failed: int) -> None:
        """Callback for ``bulk``/``for_companies``: ``progress=bar.bulk``."""
        self._progress.update(
            self._task, completed=done, total=total, failed=f"{failed} failed" if failed else ""
        )

    def pages(self, items: int, expected: int | None) -> None:
        """Callback for ``paginate``: ``progress=bar.pages`` (total from fullResultSize when known)."""
        self._progress.update(self._task, completed=items, total=expected if expected else None)

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()


def progress_bar(description: str = "working", **kwargs: Any) -> ProgressBar:
    """``with progress_bar("customers") as bar: ... progress=bar.bulk`` (or ``bar.pages``)."""
    return ProgressBar(description, **kwargs)
