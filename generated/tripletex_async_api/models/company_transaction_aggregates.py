from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="CompanyTransactionAggregates")


@_attrs_define
class CompanyTransactionAggregates(Model):
    """top suppliers and respective payments

    Attributes:
        id (float | Unset): Customer id.
        name (float | Unset): Customer name.
        incoming_amount (float | Unset): Incoming amount from this customer.
        percentage_of_incoming (float | Unset): Percentage of incoming amount from all companies.
        outgoing_amount (float | Unset): Outgoing amount to this company.
        percentage_of_outgoing (float | Unset): Percentage outgoing amount from all companies.
    """

    id: float | Unset = UNSET
    name: float | Unset = UNSET
    incoming_amount: float | Unset = UNSET
    percentage_of_incoming: float | Unset = UNSET
    outgoing_amount: float | Unset = UNSET
    percentage_of_outgoing: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.incoming_amount
        if _v is not UNSET and not _in_request:
            field_dict["incomingAmount"] = _v
        _v = self.percentage_of_incoming
        if _v is not UNSET and not _in_request:
            field_dict["percentageOfIncoming"] = _v
        _v = self.outgoing_amount
        if _v is not UNSET and not _in_request:
            field_dict["outgoingAmount"] = _v
        _v = self.percentage_of_outgoing
        if _v is not UNSET and not _in_request:
            field_dict["percentageOfOutgoing"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyTransactionAggregates from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyTransactionAggregates.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "incomingAmount",
                "percentageOfIncoming",
                "outgoingAmount",
                "percentageOfOutgoing",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("incomingAmount")
                if v is None:
                    o.incoming_amount = u
                    if "incomingAmount" not in d:
                        m += 1
                else:
                    o.incoming_amount = v
                v = g("percentageOfIncoming")
                if v is None:
                    o.percentage_of_incoming = u
                    if "percentageOfIncoming" not in d:
                        m += 1
                else:
                    o.percentage_of_incoming = v
                v = g("outgoingAmount")
                if v is None:
                    o.outgoing_amount = u
                    if "outgoingAmount" not in d:
                        m += 1
                else:
                    o.outgoing_amount = v
                v = g("percentageOfOutgoing")
                if v is None:
                    o.percentage_of_outgoing = u
                    if "percentageOfOutgoing" not in d:
                        m += 1
                else:
                    o.percentage_of_outgoing = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name", "name"),
            ("incoming_amount", "incomingAmount"),
            ("percentage_of_incoming", "percentageOfIncoming"),
            ("outgoing_amount", "outgoingAmount"),
            ("percentage_of_outgoing", "percentageOfOutgoing"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.incoming_amount
            o.incoming_amount = u if v is None else v
            v = s.percentage_of_incoming
            o.percentage_of_incoming = u if v is None else v
            v = s.outgoing_amount
            o.outgoing_amount = u if v is None else v
            v = s.percentage_of_outgoing
            o.percentage_of_outgoing = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
