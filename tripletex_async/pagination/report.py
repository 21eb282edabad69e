"""What a walk saw (:class:`WalkReport`): pages, requests, waste, and every sign of a shift."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["WalkReport"]


@dataclass(slots=True)
class WalkReport:
    """What a walk saw. Read it from ``paginator.report`` during or after iteration.

    ``consistent`` is True only when the service gave real digests and nothing suggested a shift
    (in the last pass); ``verifiable`` is False when it sent none (sentences or null), in which
    case only duplicates, order and size changes can reveal a shift.
    """

    consistency: str = "none"
    passes: int = 0
    pages: int = 0
    items: int = 0
    requests: int = 0
    wasted_requests: int = 0  # speculative pages past the end (cancelled or dropped)
    first_round: int = 0  # page requests started before the first answer
    first_round_reason: str = ""  # explicit|conditional|remembered|limit|speculative|busy|budget
    unpaged: bool = False  # page 0 held more values than asked: the service ignored ``count``
    duplicates: int = 0  # ids seen twice across a page boundary
    duplicates_dropped: int = 0
    out_of_order: int = 0  # ids not increasing although sorted by id
    recovered: int = 0  # records found by recovery passes
    digests: list[str] = field(default_factory=list)  # distinct real digests, in order seen
    full_result_sizes: list[int] = field(default_factory=list)  # distinct values, in order seen
    last_pass_suspect: bool = False

    @property
    def verifiable(self) -> bool:
        return bool(self.digests)

    @property
    def digest_changed(self) -> bool:
        return len(self.digests) > 1

    @property
    def size_changed(self) -> bool:
        return len([size for size in self.full_result_sizes if size > 0]) > 1

    @property
    def suspected_shift(self) -> bool:
        """Something suggests records moved between pages during the walk (in any pass)."""
        return bool(self.duplicates or self.out_of_order or self.digest_changed or self.size_changed)

    @property
    def consistent(self) -> bool:
        return self.verifiable and not self.last_pass_suspect

    def summary(self) -> str:
        flags = [
            name
            for name, on in (
                ("digest changed", self.digest_changed),
                ("size changed", self.size_changed),
                ("unverifiable (no real digest)", not self.verifiable),
            )
            if on
        ]
        return (
            f"{self.items} items in {self.pages} pages ({self.requests} requests, {self.passes} pass(es)); "
            f"duplicates={self.duplicates} dropped={self.duplicates_dropped} out_of_order={self.out_of_order} "
            f"recovered={self.recovered}" + (f"; {', '.join(flags)}" if flags else "")
        )
