from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="ReconciliationSelectedStateRequestBody")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("postings", list, False),
    ("transactions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationSelectedStateRequestBody(LazyModel):
    """
    Attributes:
        postings (list[int] | Unset): List of IDs
        transactions (list[int] | Unset): List of IDs
    """

    postings: list[int] | Unset = UNSET
    transactions: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        postings: list[int] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = self.postings

        transactions: list[int] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if postings is not UNSET:
            field_dict["postings"] = postings
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationSelectedStateRequestBody from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_postings(_tx_v: Any) -> list[int] | Unset:
            postings = cast(list[int], _tx_v)

            return postings

        def _p_transactions(_tx_v: Any) -> list[int] | Unset:
            transactions = cast(list[int], _tx_v)

            return transactions

        _tx_known: frozenset[str] = frozenset(
            (
                "postings",
                "transactions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "postings": ("postings", _p_postings),
            "transactions": ("transactions", _p_transactions),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
