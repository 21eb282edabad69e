from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProjectPeriodInvoiced")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectPeriodInvoiced(LazyModel):
    """
    Attributes:
        sum_amount_paid (float | Unset): [read-only]
        sum_amount_outstanding (float | Unset): [read-only]
        sum_amount_due (float | Unset): [read-only]
        sum_amount_due_outstanding (float | Unset): [read-only]
        sum_amount (float | Unset): [read-only]
    """

    sum_amount_paid: float | Unset = UNSET
    sum_amount_outstanding: float | Unset = UNSET
    sum_amount_due: float | Unset = UNSET
    sum_amount_due_outstanding: float | Unset = UNSET
    sum_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sum_amount_paid = self.sum_amount_paid

        sum_amount_outstanding = self.sum_amount_outstanding

        sum_amount_due = self.sum_amount_due

        sum_amount_due_outstanding = self.sum_amount_due_outstanding

        sum_amount = self.sum_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_amount_paid is not UNSET and not _in_request:
            field_dict["sumAmountPaid"] = sum_amount_paid
        if sum_amount_outstanding is not UNSET and not _in_request:
            field_dict["sumAmountOutstanding"] = sum_amount_outstanding
        if sum_amount_due is not UNSET and not _in_request:
            field_dict["sumAmountDue"] = sum_amount_due
        if sum_amount_due_outstanding is not UNSET and not _in_request:
            field_dict["sumAmountDueOutstanding"] = sum_amount_due_outstanding
        if sum_amount is not UNSET and not _in_request:
            field_dict["sumAmount"] = sum_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectPeriodInvoiced from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "sumAmountPaid",
                "sumAmountOutstanding",
                "sumAmountDue",
                "sumAmountDueOutstanding",
                "sumAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_amount_paid": ("sumAmountPaid", None),
            "sum_amount_outstanding": ("sumAmountOutstanding", None),
            "sum_amount_due": ("sumAmountDue", None),
            "sum_amount_due_outstanding": ("sumAmountDueOutstanding", None),
            "sum_amount": ("sumAmount", None),
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
