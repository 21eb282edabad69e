"""Pagination and checksums for the Tripletex client.

* ``tx.paginate(tx.customer.search, fields="id,name")`` -> :class:`Paginator` (``async for`` items,
  ``.pages()``, ``.raw()``, ``.report``), built as a pipeline: ``options`` (frozen, validated) ->
  ``fetch`` (one page over the wire) -> ``consistency`` (the walk report) -> a scheduler
  (``rounds`` | ``window``) composing them through ``walk``;
* ``tx.fetch_if_changed(op, digest=..., ...)`` -> :class:`ChecksumResult`.

Field selection (``tripletex_async.fields``), bulk fan-out (``tripletex_async.bulk``), progress bars
(``tripletex_async.progress``) and the walk planner (``tripletex_async.planning``) are not
pagination and live beside it. Names are imported on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checksum import ChecksumResult, fetch_if_changed
    from .options import Consistency, PageProgress, WalkOptions
    from .page import NO_MATCH_DIGEST, Page, is_real_digest, real_digest
    from .paginator import Paginator, paginate
    from .report import WalkReport

_WHERE: dict[str, str] = {
    "ChecksumResult": "checksum",
    "fetch_if_changed": "checksum",
    "NO_MATCH_DIGEST": "page",
    "Page": "page",
    "is_real_digest": "page",
    "real_digest": "page",
    "Consistency": "options",
    "PageProgress": "options",
    "WalkOptions": "options",
    "Paginator": "paginator",
    "paginate": "paginator",
    "WalkReport": "report",
}

__all__ = [
    "NO_MATCH_DIGEST",
    "ChecksumResult",
    "Consistency",
    "Page",
    "PageProgress",
    "Paginator",
    "WalkOptions",
    "WalkReport",
    "fetch_if_changed",
    "is_real_digest",
    "paginate",
    "real_digest",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
