"""Pagination, field selection, checksums and bulk fan-out for the Tripletex client.

* ``tx.paginate(tx.customer.search, fields="id,name")`` -> :class:`Paginator` (``async for`` items,
  ``.pages()``, ``.raw()``, ``.report``);
* :class:`Fields`, :func:`normalize_fields`, :func:`normalize_sorting`;
* ``tx.fetch_if_changed(op, digest=..., ...)`` -> :class:`ChecksumResult`;
* ``tx.bulk(op, inputs, ...)`` / ``tx.for_companies(ids, op, ...)`` -> :class:`BulkResult`;
* :func:`progress_bar` (needs the optional ``rich``).

Names are imported on first use (PEP 562), so ``import tripletex_async.pagination.planning`` (which the
client needs at construction) does not load the paginator and the operation table.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checksum import ChecksumResult, fetch_if_changed
    from .fanout import BulkError, BulkProgress, BulkResult, Outcome, bulk, for_companies, run_bulk
    from .fields import Fields, field_names, normalize_fields, normalize_sorting
    from .page import NO_MATCH_DIGEST, Page, is_real_digest, real_digest
    from .paginator import Consistency, PageProgress, Paginator, WalkReport, paginate
    from .planning import WalkPlanner, walk_key
    from .progress import ProgressBar, progress_bar

_WHERE: dict[str, str] = {
    "BulkError": "fanout",
    "BulkProgress": "fanout",
    "BulkResult": "fanout",
    "Outcome": "fanout",
    "bulk": "fanout",
    "for_companies": "fanout",
    "run_bulk": "fanout",
    "ChecksumResult": "checksum",
    "fetch_if_changed": "checksum",
    "Fields": "fields",
    "field_names": "fields",
    "normalize_fields": "fields",
    "normalize_sorting": "fields",
    "NO_MATCH_DIGEST": "page",
    "Page": "page",
    "is_real_digest": "page",
    "real_digest": "page",
    "Consistency": "paginator",
    "PageProgress": "paginator",
    "Paginator": "paginator",
    "WalkReport": "paginator",
    "paginate": "paginator",
    "ProgressBar": "progress",
    "progress_bar": "progress",
    "WalkPlanner": "planning",
    "walk_key": "planning",
}

__all__ = [
    "NO_MATCH_DIGEST",
    "BulkError",
    "BulkProgress",
    "BulkResult",
    "ChecksumResult",
    "Consistency",
    "Fields",
    "Outcome",
    "Page",
    "PageProgress",
    "Paginator",
    "ProgressBar",
    "WalkPlanner",
    "WalkReport",
    "bulk",
    "fetch_if_changed",
    "field_names",
    "for_companies",
    "is_real_digest",
    "normalize_fields",
    "normalize_sorting",
    "paginate",
    "progress_bar",
    "real_digest",
    "run_bulk",
    "walk_key",
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
