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

T = TypeVar("T", bound="CompanyTransactionAggregates")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class CompanyTransactionAggregates(LazyModel):
    """top suppliers and respective payments

    Attributes:
        id (float | Unset): [read-only] Customer id.
        name (float | Unset): [read-only] Customer name.
        incoming_amount (float | Unset): [read-only] Incoming amount from this customer.
        percentage_of_incoming (float | Unset): [read-only] Percentage of incoming amount from all companies.
        outgoing_amount (float | Unset): [read-only] Outgoing amount to this company.
        percentage_of_outgoing (float | Unset): [read-only] Percentage outgoing amount from all companies.
    """

    id: float | Unset = UNSET
    name: float | Unset = UNSET
    incoming_amount: float | Unset = UNSET
    percentage_of_incoming: float | Unset = UNSET
    outgoing_amount: float | Unset = UNSET
    percentage_of_outgoing: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        incoming_amount = self.incoming_amount

        percentage_of_incoming = self.percentage_of_incoming

        outgoing_amount = self.outgoing_amount

        percentage_of_outgoing = self.percentage_of_outgoing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if incoming_amount is not UNSET and not _in_request:
            field_dict["incomingAmount"] = incoming_amount
        if percentage_of_incoming is not UNSET and not _in_request:
            field_dict["percentageOfIncoming"] = percentage_of_incoming
        if outgoing_amount is not UNSET and not _in_request:
            field_dict["outgoingAmount"] = outgoing_amount
        if percentage_of_outgoing is not UNSET and not _in_request:
            field_dict["percentageOfOutgoing"] = percentage_of_outgoing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyTransactionAggregates from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "incomingAmount",
                "percentageOfIncoming",
                "outgoingAmount",
                "percentageOfOutgoing",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "incoming_amount": ("incomingAmount", None),
            "percentage_of_incoming": ("percentageOfIncoming", None),
            "outgoing_amount": ("outgoingAmount", None),
            "percentage_of_outgoing": ("percentageOfOutgoing", None),
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
