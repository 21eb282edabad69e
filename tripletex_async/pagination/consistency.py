"""The consistency tracker: owns a walk's :class:`WalkReport` and checks every page handed out.

Per pass it keeps the digests and ``fullResultSize`` values seen, the ids of the previous page and
the last id (duplicates across a page boundary, ids out of order); with ``recover=True`` it keeps
every id seen, so a re-walk after a suspected shift yields only the records not seen yet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from tripletex_async._runtime import UNSET

from .options import WalkOptions
from .page import Page
from .report import WalkReport

__all__ = ["MAX_RECOVERY_PASSES", "ConsistencyTracker"]

logger = logging.getLogger("tripletex_async.pagination")

MAX_RECOVERY_PASSES = 3


@dataclass(slots=True)
class _PassState:
    digests: set[str] = field(default_factory=set)
    sizes: set[int] = field(default_factory=set)
    suspects: int = 0
    previous_ids: set[Any] = field(default_factory=set)
    last_id: Any = None

    @property
    def suspect(self) -> bool:
        return self.suspects > 0 or len(self.digests) > 1 or len(self.sizes) > 1


class ConsistencyTracker:
    """Counts requests and pages into :attr:`report` and checks the values of each page."""

    def __init__(self, options: WalkOptions) -> None:
        self.options = options
        self.report = WalkReport(consistency=options.consistency)
        self.seen: set[Any] | None = set() if options.recover else None
        self.state = _PassState()

    # Passes -------------------------------------------------------------------------------
    def new_pass(self) -> None:
        self.report.passes += 1
        self.state = _PassState()

    @property
    def recovering(self) -> bool:
        """A re-walk after a suspected shift: only records not seen before are handed out."""
        return self.report.passes > 1

    def should_recover(self, *, limited: bool) -> bool:
        """At the end of a pass: walk again? (``recover=True``, something suggests a shift, passes
        left, and no ``limit``, which would make a re-walk hand out a different cut)."""
        suspect = self.state.suspect
        self.report.last_pass_suspect = suspect
        return self.options.recover and suspect and self.report.passes < MAX_RECOVERY_PASSES and not limited

    # Counting -----------------------------------------------------------------------------
    def requested(self, pages: int) -> None:
        self.report.requests += pages

    def wasted(self, requests: int = 1) -> None:
        self.report.wasted_requests += requests

    def unpaged(self, size: int) -> None:
        """Page 0 held ``size`` values, more than ``count``: the service ignores ``count`` here."""
        if not self.report.unpaged:
            logger.warning(
                "%s answered %d values to count=%d: it ignores count; taking them as the whole list",
                self.options.label,
                size,
                self.options.page_size,
            )
        self.report.unpaged = True

    # Pages --------------------------------------------------------------------------------
    def check(self, page: Page[Any]) -> list[Any]:
        """Record the page's digest and total; return its values after the id checks (duplicates
        dropped in ``dedupe`` mode and while recovering; records seen before dropped while recovering)."""
        digest, total = page.version_digest, page.full_result_size
        report, state = self.report, self.state
        if digest is not None:
            state.digests.add(digest)
            if digest not in report.digests:
                report.digests.append(digest)
        if total:
            state.sizes.add(total)
            if total not in report.full_result_sizes:
                report.full_result_sizes.append(total)
        if self.options.checks_ids or self.recovering:
            return self._check_values(page.values)
        return page.values

    def handed_out(self, items: int) -> None:
        self.report.pages += 1
        self.report.items += items

    def expected_total(self) -> int | None:
        """Items the walk should hand out, from the latest ``fullResultSize`` (None if unknown)."""
        sizes, limit = self.report.full_result_sizes, self.options.limit
        total = max(0, sizes[-1] - self.options.start) if sizes else None
        if limit is not None:
            return limit if total is None else min(total, limit)
        return total

    def _check_values(self, values: list[Any]) -> list[Any]:
        state, report, recovering = self.state, self.report, self.recovering
        dedupe = self.options.consistency == "dedupe"
        keep: list[Any] = []
        current: set[Any] = set()
        raw = self.options.raw
        for item in values:
            item_id = item.get("id") if raw else getattr(item, "id", None)
            if item_id is None or item_id is UNSET:
                keep.append(item)
                continue
            if item_id in state.previous_ids or item_id in current:
                state.suspects += 1
                report.duplicates += 1
                if dedupe or recovering:
                    report.duplicates_dropped += 1
                    continue
            elif self.options.sorted_by_id and state.last_id is not None and _lt(item_id, state.last_id):
                state.suspects += 1
                report.out_of_order += 1
            current.add(item_id)
            state.last_id = item_id
            if self.seen is not None:
                if item_id in self.seen:
                    if recovering:
                        continue
                    if dedupe:  # seen on an earlier page, not the one before: a shift of more than a page
                        state.suspects += 1
                        report.duplicates += 1
                        report.duplicates_dropped += 1
                        continue
                else:
                    self.seen.add(item_id)
                    if recovering:
                        report.recovered += 1
            keep.append(item)
        state.previous_ids = current
        return keep


def _lt(a: Any, b: Any) -> bool:
    try:
        return bool(a < b)
    except TypeError:
        return False
