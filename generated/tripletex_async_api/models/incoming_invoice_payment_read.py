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

T = TypeVar("T", bound="IncomingInvoicePaymentRead")


@_attrs_define
class IncomingInvoicePaymentRead(Model):
    """
    Attributes:
        client_uu_id (str | Unset): Client UUID.
        pay_later (bool | Unset): Flag to postpone the payment of the invoice.
        payment_type_client_uu_id (str | Unset): Payment type client UUID.
        amount_currency (float | Unset): Amount in currency.
        amount_is_automated (bool | Unset): Flag indicating amount in currency is automated
        opposite_amount_currency (float | Unset): Opposite amount from currency exchange.
        payment_date (str | Unset): Payment date.
        payment_date_is_automated (bool | Unset): Flag indicating payment date is automated
        currency_id (int | Unset): Currency ID.
        creditor_iban_or_bban (str | Unset): Creditor IBAN or BBAN.
        original_invoice_iban_or_bban (str | Unset): Bank account on an invoice.
        creditor_iban_or_bban_is_automated (bool | Unset): Flag indicating if the creditor IBAN or BBAN is automated.
        kid_or_receiver_reference (str | Unset): KID or receiver reference.
        kid_is_automated (bool | Unset): Flag indicating if the KID or receiver reference is automated.
        foreign_payment (bool | Unset): Flag for foreign payment.
        regulatory_reporting_code (str | Unset): Regulatory reporting code.
        regulatory_reporting_info (str | Unset): Regulatory reporting info.
        creditor_name (str | Unset): Creditor name.
        creditor_bic (str | Unset): Creditor BIC.
        creditor_bic_is_automated (bool | Unset): Flag indicating if the creditor BIC is automated.
        creditor_address (str | Unset): Creditor address.
        creditor_postal_city (str | Unset): Creditor postal city.
        creditor_postal_code (str | Unset): Creditor postal code.
        creditor_country_id (int | Unset): Creditor country ID.
        creditor_bank_name (str | Unset): Creditor bank name.
        creditor_bank_address (str | Unset): Creditor bank address.
        creditor_bank_postal_city (str | Unset): Creditor bank postal city.
        creditor_bank_postal_code (str | Unset): Creditor bank postal code.
        creditor_bank_country_id (int | Unset): Creditor bank country ID.
        creditor_clearing_code (str | Unset): Creditor clearing code.
        creditor_bank_identificator (int | Unset): Creditor bank identifier.
        selected_credit_notes (list[int] | Unset): Credit notes deducted from payment amount.
        go_to_approve_payment (bool | Unset): Flag to go to payment approval after book.
        prepaid_amount (float | Unset): Amount already paid for EHF
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.client_uu_id
        if _v is not UNSET and not _in_request:
            field_dict["clientUUId"] = _v
        _v = self.pay_later
        if _v is not UNSET:
            field_dict["payLater"] = _v
        _v = self.payment_type_client_uu_id
        if _v is not UNSET and not _in_request:
            field_dict["paymentTypeClientUUId"] = _v
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.amount_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["amountIsAutomated"] = _v
        _v = self.opposite_amount_currency
        if _v is not UNSET:
            field_dict["oppositeAmountCurrency"] = _v
        _v = self.payment_date
        if _v is not UNSET and not _in_request:
            field_dict["paymentDate"] = _v
        _v = self.payment_date_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["paymentDateIsAutomated"] = _v
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        _v = self.creditor_iban_or_bban
        if _v is not UNSET and not _in_request:
            field_dict["creditorIbanOrBban"] = _v
        _v = self.original_invoice_iban_or_bban
        if _v is not UNSET and not _in_request:
            field_dict["originalInvoiceIbanOrBban"] = _v
        _v = self.creditor_iban_or_bban_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["creditorIbanOrBbanIsAutomated"] = _v
        _v = self.kid_or_receiver_reference
        if _v is not UNSET and not _in_request:
            field_dict["kidOrReceiverReference"] = _v
        _v = self.kid_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["kidIsAutomated"] = _v
        _v = self.foreign_payment
        if _v is not UNSET and not _in_request:
            field_dict["foreignPayment"] = _v
        _v = self.regulatory_reporting_code
        if _v is not UNSET and not _in_request:
            field_dict["regulatoryReportingCode"] = _v
        _v = self.regulatory_reporting_info
        if _v is not UNSET and not _in_request:
            field_dict["regulatoryReportingInfo"] = _v
        _v = self.creditor_name
        if _v is not UNSET and not _in_request:
            field_dict["creditorName"] = _v
        _v = self.creditor_bic
        if _v is not UNSET and not _in_request:
            field_dict["creditorBIC"] = _v
        _v = self.creditor_bic_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["creditorBicIsAutomated"] = _v
        _v = self.creditor_address
        if _v is not UNSET and not _in_request:
            field_dict["creditorAddress"] = _v
        _v = self.creditor_postal_city
        if _v is not UNSET and not _in_request:
            field_dict["creditorPostalCity"] = _v
        _v = self.creditor_postal_code
        if _v is not UNSET and not _in_request:
            field_dict["creditorPostalCode"] = _v
        _v = self.creditor_country_id
        if _v is not UNSET and not _in_request:
            field_dict["creditorCountryId"] = _v
        _v = self.creditor_bank_name
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankName"] = _v
        _v = self.creditor_bank_address
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankAddress"] = _v
        _v = self.creditor_bank_postal_city
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankPostalCity"] = _v
        _v = self.creditor_bank_postal_code
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankPostalCode"] = _v
        _v = self.creditor_bank_country_id
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankCountryId"] = _v
        _v = self.creditor_clearing_code
        if _v is not UNSET and not _in_request:
            field_dict["creditorClearingCode"] = _v
        _v = self.creditor_bank_identificator
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankIdentificator"] = _v
        _v = self.selected_credit_notes
        if _v is not UNSET and not _in_request:
            field_dict["selectedCreditNotes"] = _v
        _v = self.go_to_approve_payment
        if _v is not UNSET and not _in_request:
            field_dict["goToApprovePayment"] = _v
        _v = self.prepaid_amount
        if _v is not UNSET and not _in_request:
            field_dict["prepaidAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentRead from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoicePaymentRead.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "clientUUId": "client_uu_id",
            "payLater": "pay_later",
            "paymentTypeClientUUId": "payment_type_client_uu_id",
            "amountCurrency": "amount_currency",
            "amountIsAutomated": "amount_is_automated",
            "oppositeAmountCurrency": "opposite_amount_currency",
            "paymentDate": "payment_date",
            "paymentDateIsAutomated": "payment_date_is_automated",
            "currencyId": "currency_id",
            "creditorIbanOrBban": "creditor_iban_or_bban",
            "originalInvoiceIbanOrBban": "original_invoice_iban_or_bban",
            "creditorIbanOrBbanIsAutomated": "creditor_iban_or_bban_is_automated",
            "kidOrReceiverReference": "kid_or_receiver_reference",
            "kidIsAutomated": "kid_is_automated",
            "foreignPayment": "foreign_payment",
            "regulatoryReportingCode": "regulatory_reporting_code",
            "regulatoryReportingInfo": "regulatory_reporting_info",
            "creditorName": "creditor_name",
            "creditorBIC": "creditor_bic",
            "creditorBicIsAutomated": "creditor_bic_is_automated",
            "creditorAddress": "creditor_address",
            "creditorPostalCity": "creditor_postal_city",
            "creditorPostalCode": "creditor_postal_code",
            "creditorCountryId": "creditor_country_id",
            "creditorBankName": "creditor_bank_name",
            "creditorBankAddress": "creditor_bank_address",
            "creditorBankPostalCity": "creditor_bank_postal_city",
            "creditorBankPostalCode": "creditor_bank_postal_code",
            "creditorBankCountryId": "creditor_bank_country_id",
            "creditorClearingCode": "creditor_clearing_code",
            "creditorBankIdentificator": "creditor_bank_identificator",
            "goToApprovePayment": "go_to_approve_payment",
            "prepaidAmount": "prepaid_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.client_uu_id = o.pay_later = o.payment_type_client_uu_id = o.amount_currency = (
                        o.amount_is_automated
                    ) = o.opposite_amount_currency = o.payment_date = o.payment_date_is_automated = o.currency_id = (
                        o.creditor_iban_or_bban
                    ) = o.original_invoice_iban_or_bban = o.creditor_iban_or_bban_is_automated = (
                        o.kid_or_receiver_reference
                    ) = o.kid_is_automated = o.foreign_payment = o.regulatory_reporting_code = (
                        o.regulatory_reporting_info
                    ) = o.creditor_name = o.creditor_bic = o.creditor_bic_is_automated = o.creditor_address = (
                        o.creditor_postal_city
                    ) = o.creditor_postal_code = o.creditor_country_id = o.creditor_bank_name = (
                        o.creditor_bank_address
                    ) = o.creditor_bank_postal_city = o.creditor_bank_postal_code = o.creditor_bank_country_id = (
                        o.creditor_clearing_code
                    ) = o.creditor_bank_identificator = o.selected_credit_notes = o.go_to_approve_payment = (
                        o.prepaid_amount
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("clientUUId")
                if v is None:
                    o.client_uu_id = u
                    if "clientUUId" not in d:
                        m += 1
                else:
                    o.client_uu_id = v
                v = g("payLater")
                if v is None:
                    o.pay_later = u
                    if "payLater" not in d:
                        m += 1
                else:
                    o.pay_later = v
                v = g("paymentTypeClientUUId")
                if v is None:
                    o.payment_type_client_uu_id = u
                    if "paymentTypeClientUUId" not in d:
                        m += 1
                else:
                    o.payment_type_client_uu_id = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("amountIsAutomated")
                if v is None:
                    o.amount_is_automated = u
                    if "amountIsAutomated" not in d:
                        m += 1
                else:
                    o.amount_is_automated = v
                v = g("oppositeAmountCurrency")
                if v is None:
                    o.opposite_amount_currency = u
                    if "oppositeAmountCurrency" not in d:
                        m += 1
                else:
                    o.opposite_amount_currency = v
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                v = g("paymentDateIsAutomated")
                if v is None:
                    o.payment_date_is_automated = u
                    if "paymentDateIsAutomated" not in d:
                        m += 1
                else:
                    o.payment_date_is_automated = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("creditorIbanOrBban")
                if v is None:
                    o.creditor_iban_or_bban = u
                    if "creditorIbanOrBban" not in d:
                        m += 1
                else:
                    o.creditor_iban_or_bban = v
                v = g("originalInvoiceIbanOrBban")
                if v is None:
                    o.original_invoice_iban_or_bban = u
                    if "originalInvoiceIbanOrBban" not in d:
                        m += 1
                else:
                    o.original_invoice_iban_or_bban = v
                v = g("creditorIbanOrBbanIsAutomated")
                if v is None:
                    o.creditor_iban_or_bban_is_automated = u
                    if "creditorIbanOrBbanIsAutomated" not in d:
                        m += 1
                else:
                    o.creditor_iban_or_bban_is_automated = v
                v = g("kidOrReceiverReference")
                if v is None:
                    o.kid_or_receiver_reference = u
                    if "kidOrReceiverReference" not in d:
                        m += 1
                else:
                    o.kid_or_receiver_reference = v
                v = g("kidIsAutomated")
                if v is None:
                    o.kid_is_automated = u
                    if "kidIsAutomated" not in d:
                        m += 1
                else:
                    o.kid_is_automated = v
                v = g("foreignPayment")
                if v is None:
                    o.foreign_payment = u
                    if "foreignPayment" not in d:
                        m += 1
                else:
                    o.foreign_payment = v
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
                v = g("creditorName")
                if v is None:
                    o.creditor_name = u
                    if "creditorName" not in d:
                        m += 1
                else:
                    o.creditor_name = v
                v = g("creditorBIC")
                if v is None:
                    o.creditor_bic = u
                    if "creditorBIC" not in d:
                        m += 1
                else:
                    o.creditor_bic = v
                v = g("creditorBicIsAutomated")
                if v is None:
                    o.creditor_bic_is_automated = u
                    if "creditorBicIsAutomated" not in d:
                        m += 1
                else:
                    o.creditor_bic_is_automated = v
                v = g("creditorAddress")
                if v is None:
                    o.creditor_address = u
                    if "creditorAddress" not in d:
                        m += 1
                else:
                    o.creditor_address = v
                v = g("creditorPostalCity")
                if v is None:
                    o.creditor_postal_city = u
                    if "creditorPostalCity" not in d:
                        m += 1
                else:
                    o.creditor_postal_city = v
                v = g("creditorPostalCode")
                if v is None:
                    o.creditor_postal_code = u
                    if "creditorPostalCode" not in d:
                        m += 1
                else:
                    o.creditor_postal_code = v
                v = g("creditorCountryId")
                if v is None:
                    o.creditor_country_id = u
                    if "creditorCountryId" not in d:
                        m += 1
                else:
                    o.creditor_country_id = v
                v = g("creditorBankName")
                if v is None:
                    o.creditor_bank_name = u
                    if "creditorBankName" not in d:
                        m += 1
                else:
                    o.creditor_bank_name = v
                v = g("creditorBankAddress")
                if v is None:
                    o.creditor_bank_address = u
                    if "creditorBankAddress" not in d:
                        m += 1
                else:
                    o.creditor_bank_address = v
                v = g("creditorBankPostalCity")
                if v is None:
                    o.creditor_bank_postal_city = u
                    if "creditorBankPostalCity" not in d:
                        m += 1
                else:
                    o.creditor_bank_postal_city = v
                v = g("creditorBankPostalCode")
                if v is None:
                    o.creditor_bank_postal_code = u
                    if "creditorBankPostalCode" not in d:
                        m += 1
                else:
                    o.creditor_bank_postal_code = v
                v = g("creditorBankCountryId")
                if v is None:
                    o.creditor_bank_country_id = u
                    if "creditorBankCountryId" not in d:
                        m += 1
                else:
                    o.creditor_bank_country_id = v
                v = g("creditorClearingCode")
                if v is None:
                    o.creditor_clearing_code = u
                    if "creditorClearingCode" not in d:
                        m += 1
                else:
                    o.creditor_clearing_code = v
                v = g("creditorBankIdentificator")
                if v is None:
                    o.creditor_bank_identificator = u
                    if "creditorBankIdentificator" not in d:
                        m += 1
                else:
                    o.creditor_bank_identificator = v
                k = "selectedCreditNotes"
                v = g("selectedCreditNotes")
                if v is None:
                    o.selected_credit_notes = u
                    if "selectedCreditNotes" not in d:
                        m += 1
                else:
                    o.selected_credit_notes = v
                v = g("goToApprovePayment")
                if v is None:
                    o.go_to_approve_payment = u
                    if "goToApprovePayment" not in d:
                        m += 1
                else:
                    o.go_to_approve_payment = v
                v = g("prepaidAmount")
                if v is None:
                    o.prepaid_amount = u
                    if "prepaidAmount" not in d:
                        m += 1
                else:
                    o.prepaid_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 34 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("client_uu_id", "clientUUId"),
            ("pay_later", "payLater"),
            ("payment_type_client_uu_id", "paymentTypeClientUUId"),
            ("amount_currency", "amountCurrency"),
            ("amount_is_automated", "amountIsAutomated"),
            ("opposite_amount_currency", "oppositeAmountCurrency"),
            ("payment_date", "paymentDate"),
            ("payment_date_is_automated", "paymentDateIsAutomated"),
            ("currency_id", "currencyId"),
            ("creditor_iban_or_bban", "creditorIbanOrBban"),
            ("original_invoice_iban_or_bban", "originalInvoiceIbanOrBban"),
            ("creditor_iban_or_bban_is_automated", "creditorIbanOrBbanIsAutomated"),
            ("kid_or_receiver_reference", "kidOrReceiverReference"),
            ("kid_is_automated", "kidIsAutomated"),
            ("foreign_payment", "foreignPayment"),
            ("regulatory_reporting_code", "regulatoryReportingCode"),
            ("regulatory_reporting_info", "regulatoryReportingInfo"),
            ("creditor_name", "creditorName"),
            ("creditor_bic", "creditorBIC"),
            ("creditor_bic_is_automated", "creditorBicIsAutomated"),
            ("creditor_address", "creditorAddress"),
            ("creditor_postal_city", "creditorPostalCity"),
            ("creditor_postal_code", "creditorPostalCode"),
            ("creditor_country_id", "creditorCountryId"),
            ("creditor_bank_name", "creditorBankName"),
            ("creditor_bank_address", "creditorBankAddress"),
            ("creditor_bank_postal_city", "creditorBankPostalCity"),
            ("creditor_bank_postal_code", "creditorBankPostalCode"),
            ("creditor_bank_country_id", "creditorBankCountryId"),
            ("creditor_clearing_code", "creditorClearingCode"),
            ("creditor_bank_identificator", "creditorBankIdentificator"),
            ("selected_credit_notes", "selectedCreditNotes"),
            ("go_to_approve_payment", "goToApprovePayment"),
            ("prepaid_amount", "prepaidAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.client_uu_id
            o.client_uu_id = u if v is None else v
            v = s.pay_later
            o.pay_later = u if v is None else v
            v = s.payment_type_client_uu_id
            o.payment_type_client_uu_id = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.amount_is_automated
            o.amount_is_automated = u if v is None else v
            v = s.opposite_amount_currency
            o.opposite_amount_currency = u if v is None else v
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.payment_date_is_automated
            o.payment_date_is_automated = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.creditor_iban_or_bban
            o.creditor_iban_or_bban = u if v is None else v
            v = s.original_invoice_iban_or_bban
            o.original_invoice_iban_or_bban = u if v is None else v
            v = s.creditor_iban_or_bban_is_automated
            o.creditor_iban_or_bban_is_automated = u if v is None else v
            v = s.kid_or_receiver_reference
            o.kid_or_receiver_reference = u if v is None else v
            v = s.kid_is_automated
            o.kid_is_automated = u if v is None else v
            v = s.foreign_payment
            o.foreign_payment = u if v is None else v
            v = s.regulatory_reporting_code
            o.regulatory_reporting_code = u if v is None else v
            v = s.regulatory_reporting_info
            o.regulatory_reporting_info = u if v is None else v
            v = s.creditor_name
            o.creditor_name = u if v is None else v
            v = s.creditor_bic
            o.creditor_bic = u if v is None else v
            v = s.creditor_bic_is_automated
            o.creditor_bic_is_automated = u if v is None else v
            v = s.creditor_address
            o.creditor_address = u if v is None else v
            v = s.creditor_postal_city
            o.creditor_postal_city = u if v is None else v
            v = s.creditor_postal_code
            o.creditor_postal_code = u if v is None else v
            v = s.creditor_country_id
            o.creditor_country_id = u if v is None else v
            v = s.creditor_bank_name
            o.creditor_bank_name = u if v is None else v
            v = s.creditor_bank_address
            o.creditor_bank_address = u if v is None else v
            v = s.creditor_bank_postal_city
            o.creditor_bank_postal_city = u if v is None else v
            v = s.creditor_bank_postal_code
            o.creditor_bank_postal_code = u if v is None else v
            v = s.creditor_bank_country_id
            o.creditor_bank_country_id = u if v is None else v
            v = s.creditor_clearing_code
            o.creditor_clearing_code = u if v is None else v
            v = s.creditor_bank_identificator
            o.creditor_bank_identificator = u if v is None else v
            v = s.selected_credit_notes
            o.selected_credit_notes = u if v is None or v is u else v
            v = s.go_to_approve_payment
            o.go_to_approve_payment = u if v is None else v
            v = s.prepaid_amount
            o.prepaid_amount = u if v is None else v
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
