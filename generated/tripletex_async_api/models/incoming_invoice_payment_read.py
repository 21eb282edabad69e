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

T = TypeVar("T", bound="IncomingInvoicePaymentRead")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("selectedCreditNotes", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoicePaymentRead(LazyModel):
    """
    Attributes:
        client_uu_id (str | Unset): [read-only] Client UUID.
        pay_later (bool | Unset): Flag to postpone the payment of the invoice.
        payment_type_client_uu_id (str | Unset): [read-only] Payment type client UUID.
        amount_currency (float | Unset): [read-only] Amount in currency.
        amount_is_automated (bool | Unset): [read-only] Flag indicating amount in currency is automated
        opposite_amount_currency (float | Unset): Opposite amount from currency exchange.
        payment_date (str | Unset): [read-only] Payment date.
        payment_date_is_automated (bool | Unset): [read-only] Flag indicating payment date is automated
        currency_id (int | Unset): [read-only] Currency ID.
        creditor_iban_or_bban (str | Unset): [read-only] Creditor IBAN or BBAN.
        original_invoice_iban_or_bban (str | Unset): [read-only] Bank account on an invoice.
        creditor_iban_or_bban_is_automated (bool | Unset): [read-only] Flag indicating if the creditor IBAN or BBAN is
            automated.
        kid_or_receiver_reference (str | Unset): [read-only] KID or receiver reference.
        kid_is_automated (bool | Unset): [read-only] Flag indicating if the KID or receiver reference is automated.
        foreign_payment (bool | Unset): [read-only] Flag for foreign payment.
        regulatory_reporting_code (str | Unset): [read-only] Regulatory reporting code.
        regulatory_reporting_info (str | Unset): [read-only] Regulatory reporting info.
        creditor_name (str | Unset): [read-only] Creditor name.
        creditor_bic (str | Unset): [read-only] Creditor BIC.
        creditor_bic_is_automated (bool | Unset): [read-only] Flag indicating if the creditor BIC is automated.
        creditor_address (str | Unset): [read-only] Creditor address.
        creditor_postal_city (str | Unset): [read-only] Creditor postal city.
        creditor_postal_code (str | Unset): [read-only] Creditor postal code.
        creditor_country_id (int | Unset): [read-only] Creditor country ID.
        creditor_bank_name (str | Unset): [read-only] Creditor bank name.
        creditor_bank_address (str | Unset): [read-only] Creditor bank address.
        creditor_bank_postal_city (str | Unset): [read-only] Creditor bank postal city.
        creditor_bank_postal_code (str | Unset): [read-only] Creditor bank postal code.
        creditor_bank_country_id (int | Unset): [read-only] Creditor bank country ID.
        creditor_clearing_code (str | Unset): [read-only] Creditor clearing code.
        creditor_bank_identificator (int | Unset): [read-only] Creditor bank identifier.
        selected_credit_notes (list[int] | Unset): [read-only] Credit notes deducted from payment amount.
        go_to_approve_payment (bool | Unset): [read-only] Flag to go to payment approval after book.
        prepaid_amount (float | Unset): [read-only] Amount already paid for EHF
    """

    client_uu_id: str | Unset = UNSET
    pay_later: bool | Unset = UNSET
    payment_type_client_uu_id: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    amount_is_automated: bool | Unset = UNSET
    opposite_amount_currency: float | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_date_is_automated: bool | Unset = UNSET
    currency_id: int | Unset = UNSET
    creditor_iban_or_bban: str | Unset = UNSET
    original_invoice_iban_or_bban: str | Unset = UNSET
    creditor_iban_or_bban_is_automated: bool | Unset = UNSET
    kid_or_receiver_reference: str | Unset = UNSET
    kid_is_automated: bool | Unset = UNSET
    foreign_payment: bool | Unset = UNSET
    regulatory_reporting_code: str | Unset = UNSET
    regulatory_reporting_info: str | Unset = UNSET
    creditor_name: str | Unset = UNSET
    creditor_bic: str | Unset = UNSET
    creditor_bic_is_automated: bool | Unset = UNSET
    creditor_address: str | Unset = UNSET
    creditor_postal_city: str | Unset = UNSET
    creditor_postal_code: str | Unset = UNSET
    creditor_country_id: int | Unset = UNSET
    creditor_bank_name: str | Unset = UNSET
    creditor_bank_address: str | Unset = UNSET
    creditor_bank_postal_city: str | Unset = UNSET
    creditor_bank_postal_code: str | Unset = UNSET
    creditor_bank_country_id: int | Unset = UNSET
    creditor_clearing_code: str | Unset = UNSET
    creditor_bank_identificator: int | Unset = UNSET
    selected_credit_notes: list[int] | Unset = UNSET
    go_to_approve_payment: bool | Unset = UNSET
    prepaid_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        client_uu_id = self.client_uu_id

        pay_later = self.pay_later

        payment_type_client_uu_id = self.payment_type_client_uu_id

        amount_currency = self.amount_currency

        amount_is_automated = self.amount_is_automated

        opposite_amount_currency = self.opposite_amount_currency

        payment_date = self.payment_date

        payment_date_is_automated = self.payment_date_is_automated

        currency_id = self.currency_id

        creditor_iban_or_bban = self.creditor_iban_or_bban

        original_invoice_iban_or_bban = self.original_invoice_iban_or_bban

        creditor_iban_or_bban_is_automated = self.creditor_iban_or_bban_is_automated

        kid_or_receiver_reference = self.kid_or_receiver_reference

        kid_is_automated = self.kid_is_automated

        foreign_payment = self.foreign_payment

        regulatory_reporting_code = self.regulatory_reporting_code

        regulatory_reporting_info = self.regulatory_reporting_info

        creditor_name = self.creditor_name

        creditor_bic = self.creditor_bic

        creditor_bic_is_automated = self.creditor_bic_is_automated

        creditor_address = self.creditor_address

        creditor_postal_city = self.creditor_postal_city

        creditor_postal_code = self.creditor_postal_code

        creditor_country_id = self.creditor_country_id

        creditor_bank_name = self.creditor_bank_name

        creditor_bank_address = self.creditor_bank_address

        creditor_bank_postal_city = self.creditor_bank_postal_city

        creditor_bank_postal_code = self.creditor_bank_postal_code

        creditor_bank_country_id = self.creditor_bank_country_id

        creditor_clearing_code = self.creditor_clearing_code

        creditor_bank_identificator = self.creditor_bank_identificator

        selected_credit_notes: list[int] | Unset = UNSET
        if not isinstance(self.selected_credit_notes, Unset):
            selected_credit_notes = self.selected_credit_notes

        go_to_approve_payment = self.go_to_approve_payment

        prepaid_amount = self.prepaid_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_uu_id is not UNSET and not _in_request:
            field_dict["clientUUId"] = client_uu_id
        if pay_later is not UNSET:
            field_dict["payLater"] = pay_later
        if payment_type_client_uu_id is not UNSET and not _in_request:
            field_dict["paymentTypeClientUUId"] = payment_type_client_uu_id
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if amount_is_automated is not UNSET and not _in_request:
            field_dict["amountIsAutomated"] = amount_is_automated
        if opposite_amount_currency is not UNSET:
            field_dict["oppositeAmountCurrency"] = opposite_amount_currency
        if payment_date is not UNSET and not _in_request:
            field_dict["paymentDate"] = payment_date
        if payment_date_is_automated is not UNSET and not _in_request:
            field_dict["paymentDateIsAutomated"] = payment_date_is_automated
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if creditor_iban_or_bban is not UNSET and not _in_request:
            field_dict["creditorIbanOrBban"] = creditor_iban_or_bban
        if original_invoice_iban_or_bban is not UNSET and not _in_request:
            field_dict["originalInvoiceIbanOrBban"] = original_invoice_iban_or_bban
        if creditor_iban_or_bban_is_automated is not UNSET and not _in_request:
            field_dict["creditorIbanOrBbanIsAutomated"] = creditor_iban_or_bban_is_automated
        if kid_or_receiver_reference is not UNSET and not _in_request:
            field_dict["kidOrReceiverReference"] = kid_or_receiver_reference
        if kid_is_automated is not UNSET and not _in_request:
            field_dict["kidIsAutomated"] = kid_is_automated
        if foreign_payment is not UNSET and not _in_request:
            field_dict["foreignPayment"] = foreign_payment
        if regulatory_reporting_code is not UNSET and not _in_request:
            field_dict["regulatoryReportingCode"] = regulatory_reporting_code
        if regulatory_reporting_info is not UNSET and not _in_request:
            field_dict["regulatoryReportingInfo"] = regulatory_reporting_info
        if creditor_name is not UNSET and not _in_request:
            field_dict["creditorName"] = creditor_name
        if creditor_bic is not UNSET and not _in_request:
            field_dict["creditorBIC"] = creditor_bic
        if creditor_bic_is_automated is not UNSET and not _in_request:
            field_dict["creditorBicIsAutomated"] = creditor_bic_is_automated
        if creditor_address is not UNSET and not _in_request:
            field_dict["creditorAddress"] = creditor_address
        if creditor_postal_city is not UNSET and not _in_request:
            field_dict["creditorPostalCity"] = creditor_postal_city
        if creditor_postal_code is not UNSET and not _in_request:
            field_dict["creditorPostalCode"] = creditor_postal_code
        if creditor_country_id is not UNSET and not _in_request:
            field_dict["creditorCountryId"] = creditor_country_id
        if creditor_bank_name is not UNSET and not _in_request:
            field_dict["creditorBankName"] = creditor_bank_name
        if creditor_bank_address is not UNSET and not _in_request:
            field_dict["creditorBankAddress"] = creditor_bank_address
        if creditor_bank_postal_city is not UNSET and not _in_request:
            field_dict["creditorBankPostalCity"] = creditor_bank_postal_city
        if creditor_bank_postal_code is not UNSET and not _in_request:
            field_dict["creditorBankPostalCode"] = creditor_bank_postal_code
        if creditor_bank_country_id is not UNSET and not _in_request:
            field_dict["creditorBankCountryId"] = creditor_bank_country_id
        if creditor_clearing_code is not UNSET and not _in_request:
            field_dict["creditorClearingCode"] = creditor_clearing_code
        if creditor_bank_identificator is not UNSET and not _in_request:
            field_dict["creditorBankIdentificator"] = creditor_bank_identificator
        if selected_credit_notes is not UNSET and not _in_request:
            field_dict["selectedCreditNotes"] = selected_credit_notes
        if go_to_approve_payment is not UNSET and not _in_request:
            field_dict["goToApprovePayment"] = go_to_approve_payment
        if prepaid_amount is not UNSET and not _in_request:
            field_dict["prepaidAmount"] = prepaid_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentRead from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_selected_credit_notes(_tx_v: Any) -> list[int] | Unset:
            selected_credit_notes = cast(list[int], _tx_v)

            return selected_credit_notes

        _tx_known: frozenset[str] = frozenset(
            (
                "clientUUId",
                "payLater",
                "paymentTypeClientUUId",
                "amountCurrency",
                "amountIsAutomated",
                "oppositeAmountCurrency",
                "paymentDate",
                "paymentDateIsAutomated",
                "currencyId",
                "creditorIbanOrBban",
                "originalInvoiceIbanOrBban",
                "creditorIbanOrBbanIsAutomated",
                "kidOrReceiverReference",
                "kidIsAutomated",
                "foreignPayment",
                "regulatoryReportingCode",
                "regulatoryReportingInfo",
                "creditorName",
                "creditorBIC",
                "creditorBicIsAutomated",
                "creditorAddress",
                "creditorPostalCity",
                "creditorPostalCode",
                "creditorCountryId",
                "creditorBankName",
                "creditorBankAddress",
                "creditorBankPostalCity",
                "creditorBankPostalCode",
                "creditorBankCountryId",
                "creditorClearingCode",
                "creditorBankIdentificator",
                "selectedCreditNotes",
                "goToApprovePayment",
                "prepaidAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "client_uu_id": ("clientUUId", None),
            "pay_later": ("payLater", None),
            "payment_type_client_uu_id": ("paymentTypeClientUUId", None),
            "amount_currency": ("amountCurrency", None),
            "amount_is_automated": ("amountIsAutomated", None),
            "opposite_amount_currency": ("oppositeAmountCurrency", None),
            "payment_date": ("paymentDate", None),
            "payment_date_is_automated": ("paymentDateIsAutomated", None),
            "currency_id": ("currencyId", None),
            "creditor_iban_or_bban": ("creditorIbanOrBban", None),
            "original_invoice_iban_or_bban": ("originalInvoiceIbanOrBban", None),
            "creditor_iban_or_bban_is_automated": ("creditorIbanOrBbanIsAutomated", None),
            "kid_or_receiver_reference": ("kidOrReceiverReference", None),
            "kid_is_automated": ("kidIsAutomated", None),
            "foreign_payment": ("foreignPayment", None),
            "regulatory_reporting_code": ("regulatoryReportingCode", None),
            "regulatory_reporting_info": ("regulatoryReportingInfo", None),
            "creditor_name": ("creditorName", None),
            "creditor_bic": ("creditorBIC", None),
            "creditor_bic_is_automated": ("creditorBicIsAutomated", None),
            "creditor_address": ("creditorAddress", None),
            "creditor_postal_city": ("creditorPostalCity", None),
            "creditor_postal_code": ("creditorPostalCode", None),
            "creditor_country_id": ("creditorCountryId", None),
            "creditor_bank_name": ("creditorBankName", None),
            "creditor_bank_address": ("creditorBankAddress", None),
            "creditor_bank_postal_city": ("creditorBankPostalCity", None),
            "creditor_bank_postal_code": ("creditorBankPostalCode", None),
            "creditor_bank_country_id": ("creditorBankCountryId", None),
            "creditor_clearing_code": ("creditorClearingCode", None),
            "creditor_bank_identificator": ("creditorBankIdentificator", None),
            "selected_credit_notes": ("selectedCreditNotes", _p_selected_credit_notes),
            "go_to_approve_payment": ("goToApprovePayment", None),
            "prepaid_amount": ("prepaidAmount", None),
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
