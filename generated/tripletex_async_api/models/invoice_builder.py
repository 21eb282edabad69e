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

T = TypeVar("T", bound="InvoiceBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class InvoiceBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        number (int | Unset):
        project_id (int | Unset):
        date (str | Unset):
        approved (bool | Unset):
        charged (bool | Unset):
        history (str | Unset):
        comment (str | Unset):
        expense (bool | Unset):
        term_of_payment (str | Unset):
        amount (float | Unset):
        amount_currency (int | Unset):
        amount_ex_vat (float | Unset):
        amount_ex_vat_currency (int | Unset):
        vendor_id (int | Unset):
        vendor_invoice_number (int | Unset):
        currency_id (int | Unset):
        voucher_id (int | Unset):
        kid (str | Unset):
        external_number_series (bool | Unset):
    """

    company_id: int | Unset = UNSET
    number: int | Unset = UNSET
    project_id: int | Unset = UNSET
    date: str | Unset = UNSET
    approved: bool | Unset = UNSET
    charged: bool | Unset = UNSET
    history: str | Unset = UNSET
    comment: str | Unset = UNSET
    expense: bool | Unset = UNSET
    term_of_payment: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: int | Unset = UNSET
    amount_ex_vat: float | Unset = UNSET
    amount_ex_vat_currency: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    vendor_invoice_number: int | Unset = UNSET
    currency_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    kid: str | Unset = UNSET
    external_number_series: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        number = self.number

        project_id = self.project_id

        date = self.date

        approved = self.approved

        charged = self.charged

        history = self.history

        comment = self.comment

        expense = self.expense

        term_of_payment = self.term_of_payment

        amount = self.amount

        amount_currency = self.amount_currency

        amount_ex_vat = self.amount_ex_vat

        amount_ex_vat_currency = self.amount_ex_vat_currency

        vendor_id = self.vendor_id

        vendor_invoice_number = self.vendor_invoice_number

        currency_id = self.currency_id

        voucher_id = self.voucher_id

        kid = self.kid

        external_number_series = self.external_number_series

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if date is not UNSET:
            field_dict["date"] = date
        if approved is not UNSET:
            field_dict["approved"] = approved
        if charged is not UNSET:
            field_dict["charged"] = charged
        if history is not UNSET:
            field_dict["history"] = history
        if comment is not UNSET:
            field_dict["comment"] = comment
        if expense is not UNSET:
            field_dict["expense"] = expense
        if term_of_payment is not UNSET:
            field_dict["termOfPayment"] = term_of_payment
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if amount_ex_vat is not UNSET:
            field_dict["amountExVat"] = amount_ex_vat
        if amount_ex_vat_currency is not UNSET:
            field_dict["amountExVatCurrency"] = amount_ex_vat_currency
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if vendor_invoice_number is not UNSET:
            field_dict["vendorInvoiceNumber"] = vendor_invoice_number
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if voucher_id is not UNSET:
            field_dict["voucherId"] = voucher_id
        if kid is not UNSET:
            field_dict["kid"] = kid
        if external_number_series is not UNSET:
            field_dict["externalNumberSeries"] = external_number_series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "number",
                "projectId",
                "date",
                "approved",
                "charged",
                "history",
                "comment",
                "expense",
                "termOfPayment",
                "amount",
                "amountCurrency",
                "amountExVat",
                "amountExVatCurrency",
                "vendorId",
                "vendorInvoiceNumber",
                "currencyId",
                "voucherId",
                "kid",
                "externalNumberSeries",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "number": ("number", None),
            "project_id": ("projectId", None),
            "date": ("date", None),
            "approved": ("approved", None),
            "charged": ("charged", None),
            "history": ("history", None),
            "comment": ("comment", None),
            "expense": ("expense", None),
            "term_of_payment": ("termOfPayment", None),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "amount_ex_vat": ("amountExVat", None),
            "amount_ex_vat_currency": ("amountExVatCurrency", None),
            "vendor_id": ("vendorId", None),
            "vendor_invoice_number": ("vendorInvoiceNumber", None),
            "currency_id": ("currencyId", None),
            "voucher_id": ("voucherId", None),
            "kid": ("kid", None),
            "external_number_series": ("externalNumberSeries", None),
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
