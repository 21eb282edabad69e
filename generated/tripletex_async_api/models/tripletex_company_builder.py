from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_company_builder_price_list import TripletexCompanyBuilderPriceList
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="TripletexCompanyBuilder")


@_attrs_define
class TripletexCompanyBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        type_ (int | Unset):
        customer_id (int | Unset):
        customer_company_id (int | Unset):
        invoice_number_of_months (int | Unset):
        invoice_number_of_months_in_advance (int | Unset):
        price_list (TripletexCompanyBuilderPriceList | Unset):
    """

    company_id: int | Unset = UNSET
    type_: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_company_id: int | Unset = UNSET
    invoice_number_of_months: int | Unset = UNSET
    invoice_number_of_months_in_advance: int | Unset = UNSET
    price_list: TripletexCompanyBuilderPriceList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.customer_company_id
        if _v is not UNSET:
            field_dict["customerCompanyId"] = _v
        _v = self.invoice_number_of_months
        if _v is not UNSET:
            field_dict["invoiceNumberOfMonths"] = _v
        _v = self.invoice_number_of_months_in_advance
        if _v is not UNSET:
            field_dict["invoiceNumberOfMonthsInAdvance"] = _v
        _v = self.price_list
        if _v is not UNSET:
            field_dict["priceList"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexCompanyBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexCompanyBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_price_list: dict[Any, Any] = enum_members(TripletexCompanyBuilderPriceList)
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "type",
                "customerId",
                "customerCompanyId",
                "invoiceNumberOfMonths",
                "invoiceNumberOfMonthsInAdvance",
                "priceList",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("customerCompanyId")
                if v is None:
                    o.customer_company_id = u
                    if "customerCompanyId" not in d:
                        m += 1
                else:
                    o.customer_company_id = v
                v = g("invoiceNumberOfMonths")
                if v is None:
                    o.invoice_number_of_months = u
                    if "invoiceNumberOfMonths" not in d:
                        m += 1
                else:
                    o.invoice_number_of_months = v
                v = g("invoiceNumberOfMonthsInAdvance")
                if v is None:
                    o.invoice_number_of_months_in_advance = u
                    if "invoiceNumberOfMonthsInAdvance" not in d:
                        m += 1
                else:
                    o.invoice_number_of_months_in_advance = v
                k = "priceList"
                v = g("priceList")
                if v is None:
                    o.price_list = u
                    if "priceList" not in d:
                        m += 1
                else:
                    o.price_list = (
                        e_
                        if (e_ := _e_price_list.get(v)) is not None
                        else enum_value(TripletexCompanyBuilderPriceList, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("type_", "type"),
            ("customer_id", "customerId"),
            ("customer_company_id", "customerCompanyId"),
            ("invoice_number_of_months", "invoiceNumberOfMonths"),
            ("invoice_number_of_months_in_advance", "invoiceNumberOfMonthsInAdvance"),
            ("price_list", "priceList"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.customer_company_id
            o.customer_company_id = u if v is None else v
            v = s.invoice_number_of_months
            o.invoice_number_of_months = u if v is None else v
            v = s.invoice_number_of_months_in_advance
            o.invoice_number_of_months_in_advance = u if v is None else v
            v = s.price_list
            o.price_list = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_price_list.get(v)) is not None
                else enum_value(TripletexCompanyBuilderPriceList, v)
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
