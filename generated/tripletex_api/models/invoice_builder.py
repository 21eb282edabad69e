from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="InvoiceBuilder")


@_attrs_define
class InvoiceBuilder:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        number = d.pop("number", UNSET)

        project_id = d.pop("projectId", UNSET)

        date = d.pop("date", UNSET)

        approved = d.pop("approved", UNSET)

        charged = d.pop("charged", UNSET)

        history = d.pop("history", UNSET)

        comment = d.pop("comment", UNSET)

        expense = d.pop("expense", UNSET)

        term_of_payment = d.pop("termOfPayment", UNSET)

        amount = d.pop("amount", UNSET)

        amount_currency = d.pop("amountCurrency", UNSET)

        amount_ex_vat = d.pop("amountExVat", UNSET)

        amount_ex_vat_currency = d.pop("amountExVatCurrency", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        vendor_invoice_number = d.pop("vendorInvoiceNumber", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        kid = d.pop("kid", UNSET)

        external_number_series = d.pop("externalNumberSeries", UNSET)

        _obj = cls(
            company_id=company_id,
            number=number,
            project_id=project_id,
            date=date,
            approved=approved,
            charged=charged,
            history=history,
            comment=comment,
            expense=expense,
            term_of_payment=term_of_payment,
            amount=amount,
            amount_currency=amount_currency,
            amount_ex_vat=amount_ex_vat,
            amount_ex_vat_currency=amount_ex_vat_currency,
            vendor_id=vendor_id,
            vendor_invoice_number=vendor_invoice_number,
            currency_id=currency_id,
            voucher_id=voucher_id,
            kid=kid,
            external_number_series=external_number_series,
        )

        _obj.additional_properties = d
        return _obj

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
