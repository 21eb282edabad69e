"""`UNSET`: the value of a parameter or model property the caller did not give.

A parameter left `UNSET` is not sent at all, so the service applies its own default; a model
property left `UNSET` is absent from the JSON object (a `fields` filter, or not returned).
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of `UNSET` (one instance; falsy; pickled and copied as that instance)."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # resolved as this module's attribute


UNSET: Final[Unset] = Unset()
