"""Reading fields that may be absent, without ``isinstance`` at every step.

A response model types every field as ``T | Unset``: a ``fields`` filter (``fields="id,name"``)
leaves the others out, and the service leaves out what a resource never had. ``Missing[T]`` names
that type for your own annotations; ``present`` and ``present_or`` read such a field::

    from tripletex_async import Missing, present, present_or

    page = await tx.customer.search(fields="id,name,email", count=10)
    for c in page.values:
        name: str = present(c.name)            # the value, or MissingFieldError if absent (or None)
        email: str = present_or(c.email, "")   # the value, or the default if absent
        phone: Missing[str] = c.phone_number   # keep it possibly-absent, typed honestly

``isinstance(value, Unset)`` (``from tripletex_async import Unset``) narrows the same way.
"""

from __future__ import annotations

from typing import TypeAlias, TypeVar

from ._runtime import Unset
from .errors import MissingFieldError

__all__ = ["Missing", "present", "present_or"]

T = TypeVar("T")
D = TypeVar("D")

#: A field that may be absent from an answer: ``Missing[str]`` is ``str | Unset``.
Missing: TypeAlias = T | Unset


def present(value: T | Unset | None, name: str = "") -> T:
    """``value`` when the answer had it; else :class:`MissingFieldError` (named after ``name``).

    None counts as absent too: a single answer's ``value`` is None when the service answered
    ``{"value": null}``."""
    if value is None or isinstance(value, Unset):
        what = f"field {name!r}" if name else "the field"
        raise MissingFieldError(
            f"{what} is not in the answer: ask for it in fields=... (or the resource has none)"
        )
    return value


def present_or(value: T | Unset | None, default: D) -> T | D:
    """``value`` when the answer had it (not unset, not None), else ``default``."""
    return default if value is None or isinstance(value, Unset) else value
