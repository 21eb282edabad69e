"""WalkPlanner and walk_key (tripletex_async.planning, a core concern), and the lazily loaded pagination package."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from dataclasses import dataclass

import pytest

from tripletex_async import UNSET, ConfigurationError
from tripletex_async.planning import WalkPlanner, walk_key


@dataclass(eq=False)
class _Walk:
    pending_requests: int = 0


def test_walk_key_ignores_fields_sorting_and_unset_but_not_filters() -> None:
    base = walk_key(3, "Customer_search", {"email": "a@b.no", "fields": "id"}, 0, 100)
    assert base == walk_key(3, "Customer_search", {"sorting": "-id", "email": "a@b.no", "x": UNSET}, 0, 100)
    assert base != walk_key(3, "Customer_search", {"email": "c@d.no"}, 0, 100)
    assert base != walk_key(4, "Customer_search", {"email": "a@b.no"}, 0, 100)
    assert base != walk_key(3, "Customer_search", {"email": "a@b.no"}, 100, 100)
    assert base != walk_key(3, "Customer_search", {"email": "a@b.no"}, 0, 1000)
    assert base != walk_key(3, "Product_search", {"email": "a@b.no"}, 0, 100)


def test_remembered_sizes_are_bounded_least_recently_used_first() -> None:
    planner = WalkPlanner(8, max_entries=2)
    a, b, c = ((n,) for n in "abc")
    planner.remember(a, 3)
    planner.remember(b, 0)
    assert planner.remembered(b) == 1  # at least one page
    assert planner.remembered(a) == 3  # touched: b is now the oldest
    planner.remember(c, 5)
    assert len(planner) == 2
    assert planner.remembered(b) is None
    assert (planner.remembered(a), planner.remembered(c)) == (3, 5)
    planner.forget()
    assert len(planner) == 0 and planner.remembered(a) is None


def test_spare_slots_count_live_walks_and_the_transport_load() -> None:
    load = [0]
    planner = WalkPlanner(8, load=lambda: load[0], budget=lambda: 42)
    first, second = _Walk(3), _Walk(2)
    planner.track(first)
    planner.track(second)
    assert planner.spare_slots() == 3
    load[0] = 7  # the transport holds or queues more than the walks claimed
    assert planner.spare_slots() == 1
    load[0] = 0
    del first  # a walk that is gone claims nothing
    import gc

    gc.collect()
    assert planner.spare_slots() == 6
    second.pending_requests = 20
    assert planner.spare_slots() == 0
    assert planner.spare_budget() == 42
    assert WalkPlanner(4).spare_budget() is None


def test_planner_rejects_nonsense() -> None:
    with pytest.raises(ConfigurationError, match="at least 1"):
        WalkPlanner(0)


def test_every_exported_name_resolves_to_what_it_names() -> None:
    package = importlib.import_module("tripletex_async.pagination")
    for name in package.__all__:
        value = getattr(package, name)
        assert not isinstance(value, types.ModuleType), name  # e.g. `bulk` the function, not a module
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018
    assert "paginate" in dir(package)


def test_the_client_does_not_load_pagination_until_a_walk() -> None:
    code = (
        "import sys; import tripletex_async.client; "
        "print('tripletex_async.pagination' in sys.modules, 'tripletex_async_api.operations' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
