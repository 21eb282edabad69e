"""The emulator's request counters (``state.counters``): read by tests and benchmarks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Counters:
    requests: int = 0
    by_status: Counter[int] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)  # injected faults by kind
    churn_events: int = 0
    # (company id, record id) of every record churn created, by record kind -- kept after a later
    # churn deletes it, so a test can tell a record that existed only mid-run from an invented one
    churn_created: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
