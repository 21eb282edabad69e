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
)

T = TypeVar("T", bound="AutoPayTransactionBuilder")


@_attrs_define
class AutoPayTransactionBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        amount_currency (int | Unset):
        currency_id (int | Unset):
        is_salary (bool | Unset):
        status_id (int | Unset):
        internal_status (int | Unset):
        creditor_bic (str | Unset):
        regulatory_reporting_code (int | Unset):
        regulatory_reporting_info (int | Unset):
        booking_date (str | Unset):
        payment_date (str | Unset):
        autopay_name (str | Unset):
    """

    company_id: int | Unset = UNSET
    amount_currency: int | Unset = UNSET
    currency_id: int | Unset = UNSET
    is_salary: bool | Unset = UNSET
    status_id: int | Unset = UNSET
    internal_status: int | Unset = UNSET
    creditor_bic: str | Unset = UNSET
    regulatory_reporting_code: int | Unset = UNSET
    regulatory_reporting_info: int | Unset = UNSET
    booking_date: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    autopay_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.is_salary
        if _v is not UNSET:
            field_dict["isSalary"] = _v
        _v = self.status_id
        if _v is not UNSET:
            field_dict["statusId"] = _v
        _v = self.internal_status
        if _v is not UNSET:
            field_dict["internalStatus"] = _v
        _v = self.creditor_bic
        if _v is not UNSET:
            field_dict["creditorBic"] = _v
        _v = self.regulatory_reporting_code
        if _v is not UNSET:
            field_dict["regulatoryReportingCode"] = _v
        _v = self.regulatory_reporting_info
        if _v is not UNSET:
            field_dict["regulatoryReportingInfo"] = _v
        _v = self.booking_date
        if _v is not UNSET:
            field_dict["bookingDate"] = _v
        _v = self.payment_date
        if _v is not UNSET:
            field_dict["paymentDate"] = _v
        _v = self.autopay_name
        if _v is not UNSET:
            field_dict["autopayName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPayTransactionBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutoPayTransactionBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "amountCurrency",
                "currencyId",
                "isSalary",
                "statusId",
                "internalStatus",
                "creditorBic",
                "regulatoryReportingCode",
                "regulatoryReportingInfo",
                "bookingDate",
                "paymentDate",
                "autopayName",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "amountCurrency": "amount_currency",
            "currencyId": "currency_id",
            "isSalary": "is_salary",
            "statusId": "status_id",
            "internalStatus": "internal_status",
            "creditorBic": "creditor_bic",
            "regulatoryReportingCode": "regulatory_reporting_code",
            "regulatoryReportingInfo": "regulatory_reporting_info",
            "bookingDate": "booking_date",
            "paymentDate": "payment_date",
            "autopayName": "autopay_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.company_id = o.amount_currency = o.currency_id = o.is_salary = o.status_id = o.internal_status = (
                        o.creditor_bic
                    ) = o.regulatory_reporting_code = o.regulatory_reporting_info = o.booking_date = o.payment_date = (
                        o.autopay_name
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("isSalary")
                if v is None:
                    o.is_salary = u
                    if "isSalary" not in d:
                        m += 1
                else:
                    o.is_salary = v
                v = g("statusId")
                if v is None:
                    o.status_id = u
                    if "statusId" not in d:
                        m += 1
                else:
                    o.status_id = v
                v = g("internalStatus")
                if v is None:
                    o.internal_status = u
                    if "internalStatus" not in d:
                        m += 1
                else:
                    o.internal_status = v
                v = g("creditorBic")
                if v is None:
                    o.creditor_bic = u
                    if "creditorBic" not in d:
                        m += 1
                else:
                    o.creditor_bic = v
                v = g("regulatoryReportingCode")
                if v is None:
                    o.regulatory_reporting_code = u
                    if "regulatoryReportingCode" not in d:
                        m += 1
                else:
                    o.regulatory_reporting_code = v
                v = g("regulatoryReportingInfo")
                if v is None:
                    o.regulatory_reporting_info = u
                    if "regulatoryReportingInfo" not in d:
                        m += 1
                else:
                    o.regulatory_reporting_info = v
                v = g("bookingDate")
                if v is None:
                    o.booking_date = u
                    if "bookingDate" not in d:
                        m += 1
                else:
                    o.booking_date = v
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                v = g("autopayName")
                if v is None:
                    o.autopay_name = u
                    if "autopayName" not in d:
                        m += 1
                else:
                    o.autopay_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("amount_currency", "amountCurrency"),
            ("currency_id", "currencyId"),
            ("is_salary", "isSalary"),
            ("status_id", "statusId"),
            ("internal_status", "internalStatus"),
            ("creditor_bic", "creditorBic"),
            ("regulatory_reporting_code", "regulatoryReportingCode"),
            ("regulatory_reporting_info", "regulatoryReportingInfo"),
            ("booking_date", "bookingDate"),
            ("payment_date", "paymentDate"),
            ("autopay_name", "autopayName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.is_salary
            o.is_salary = u if v is None else v
            v = s.status_id
            o.status_id = u if v is None else v
            v = s.internal_status
            o.internal_status = u if v is None else v
            v = s.creditor_bic
            o.creditor_bic = u if v is None else v
            v = s.regulatory_reporting_code
            o.regulatory_reporting_code = u if v is None else v
            v = s.regulatory_reporting_info
            o.regulatory_reporting_info = u if v is None else v
            v = s.booking_date
            o.booking_date = u if v is None else v
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.autopay_name
            o.autopay_name = u if v is None else v
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
