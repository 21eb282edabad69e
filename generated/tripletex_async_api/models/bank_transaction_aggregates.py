from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.company_transaction_aggregates import CompanyTransactionAggregates


T = TypeVar("T", bound="BankTransactionAggregates")


@_attrs_define
class BankTransactionAggregates(Model):
    """
    Attributes:
        total_incoming_amount (float | Unset): Total incoming amount on given transactions.
        total_outgoing_amount (float | Unset): Total outgoing amount on given transactions.
        top_customers (list[CompanyTransactionAggregates] | Unset):
        top_suppliers (list[CompanyTransactionAggregates] | Unset):
    """

    total_incoming_amount: float | Unset = UNSET
    total_outgoing_amount: float | Unset = UNSET
    top_customers: list[CompanyTransactionAggregates] | Unset = UNSET
    top_suppliers: list[CompanyTransactionAggregates] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.total_incoming_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalIncomingAmount"] = _v
        _v = self.total_outgoing_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalOutgoingAmount"] = _v
        _v = self.top_customers
        if _v is not UNSET and not _in_request:
            field_dict["topCustomers"] = [_e.to_dict() for _e in _v]
        _v = self.top_suppliers
        if _v is not UNSET and not _in_request:
            field_dict["topSuppliers"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankTransactionAggregates from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankTransactionAggregates.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company_transaction_aggregates import CompanyTransactionAggregates  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "totalIncomingAmount",
                "totalOutgoingAmount",
                "topCustomers",
                "topSuppliers",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("totalIncomingAmount")
                if v is None:
                    o.total_incoming_amount = u
                    if "totalIncomingAmount" not in d:
                        m += 1
                else:
                    o.total_incoming_amount = v
                v = g("totalOutgoingAmount")
                if v is None:
                    o.total_outgoing_amount = u
                    if "totalOutgoingAmount" not in d:
                        m += 1
                else:
                    o.total_outgoing_amount = v
                k = "topCustomers"
                v = g("topCustomers")
                if v is None:
                    o.top_customers = u
                    if "topCustomers" not in d:
                        m += 1
                else:
                    o.top_customers = (
                        ([CompanyTransactionAggregates._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "topSuppliers"
                v = g("topSuppliers")
                if v is None:
                    o.top_suppliers = u
                    if "topSuppliers" not in d:
                        m += 1
                else:
                    o.top_suppliers = (
                        ([CompanyTransactionAggregates._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("total_incoming_amount", "totalIncomingAmount"),
            ("total_outgoing_amount", "totalOutgoingAmount"),
            ("top_customers", "topCustomers"),
            ("top_suppliers", "topSuppliers"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.total_incoming_amount
            o.total_incoming_amount = u if v is None else v
            v = s.total_outgoing_amount
            o.total_outgoing_amount = u if v is None else v
            v = s.top_customers
            o.top_customers = (
                u
                if v is None or v is u
                else ([CompanyTransactionAggregates._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.top_suppliers
            o.top_suppliers = (
                u
                if v is None or v is u
                else ([CompanyTransactionAggregates._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
