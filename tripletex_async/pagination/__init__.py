"""Pagination, field selection, checksums and bulk fan-out for the Tripletex client.

* ``tx.paginate(tx.customer.search, fields="id,name")`` -> :class:`Paginator` (``async for`` items,
  ``.pages()``, ``.raw()``, ``.report``);
* :class:`Fields`, :func:`normalize_fields`, :func:`normalize_sorting`;
* ``tx.fetch_if_changed(op, digest=..., ...)`` -> :class:`ChecksumResult`;
* ``tx.bulk(op, inputs, ...)`` / ``tx.for_companies(ids, op, ...)`` -> :class:`BulkResult`;
* :func:`progress_bar` (needs the optional ``rich``).
"""

from __future__ import annotations

from .bulk import BulkError, BulkProgress, BulkResult, Outcome, bulk, for_companies, run_bulk
from .checksum import ChecksumResult, fetch_if_changed
from .fields import Fields, field_names, normalize_fields, normalize_sorting
from .page import NO_MATCH_DIGEST, Page, is_real_digest, real_digest
from .paginator import Consistency, PageProgress, Paginator, WalkReport, paginate
from .progress import ProgressBar, progress_bar

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
]
