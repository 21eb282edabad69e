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

T = TypeVar("T", bound="AutoPayTransactionBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class AutoPayTransactionBuilder(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        amount_currency = self.amount_currency

        currency_id = self.currency_id

        is_salary = self.is_salary

        status_id = self.status_id

        internal_status = self.internal_status

        creditor_bic = self.creditor_bic

        regulatory_reporting_code = self.regulatory_reporting_code

        regulatory_reporting_info = self.regulatory_reporting_info

        booking_date = self.booking_date

        payment_date = self.payment_date

        autopay_name = self.autopay_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if is_salary is not UNSET:
            field_dict["isSalary"] = is_salary
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if internal_status is not UNSET:
            field_dict["internalStatus"] = internal_status
        if creditor_bic is not UNSET:
            field_dict["creditorBic"] = creditor_bic
        if regulatory_reporting_code is not UNSET:
            field_dict["regulatoryReportingCode"] = regulatory_reporting_code
        if regulatory_reporting_info is not UNSET:
            field_dict["regulatoryReportingInfo"] = regulatory_reporting_info
        if booking_date is not UNSET:
            field_dict["bookingDate"] = booking_date
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if autopay_name is not UNSET:
            field_dict["autopayName"] = autopay_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPayTransactionBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "amount_currency": ("amountCurrency", None),
            "currency_id": ("currencyId", None),
            "is_salary": ("isSalary", None),
            "status_id": ("statusId", None),
            "internal_status": ("internalStatus", None),
            "creditor_bic": ("creditorBic", None),
            "regulatory_reporting_code": ("regulatoryReportingCode", None),
            "regulatory_reporting_info": ("regulatoryReportingInfo", None),
            "booking_date": ("bookingDate", None),
            "payment_date": ("paymentDate", None),
            "autopay_name": ("autopayName", None),
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
