from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.advanced_payment_widget_smart_scan_mapping import AdvancedPaymentWidgetSmartScanMapping
    from ..models.payment_widget_payment_type import PaymentWidgetPaymentType


T = TypeVar("T", bound="AdvancedPaymentWidget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("paymentTypes", list, False),
    ("selectedPaymentType", dict, False),
    ("smartScanMapping", dict, False),
    ("customerVendorIbanOrBban", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AdvancedPaymentWidget(LazyModel):
    """
    Attributes:
        payment_types (list[PaymentWidgetPaymentType] | Unset): List of payment types used in this Advanced Payment
            Widget
        selected_payment_type (PaymentWidgetPaymentType | Unset): Default payment type for this Advanced Payment Widget
        is_auto_pay (bool | Unset): Flag for an AutoPay payment
        is_ztl (bool | Unset): Flag for a ZTL payment
        is_foreign_payment (bool | Unset): Flag for an AutoPay foreign payment
        creditor_bank_identificator (int | Unset): AutoPay's SWIFT or bank code type for an abroad payment
        creditor_name (str | Unset): AutoPay's creditor name for an abroad payment
        creditor_address (str | Unset): AutoPay's creditor address for an abroad payment
        creditor_postal_code (str | Unset): AutoPay's creditor postal code for an abroad payment
        creditor_postal_city (str | Unset): AutoPay's creditor postal city for an abroad payment
        creditor_country_id (int | Unset): AutoPay's creditor country id for an abroad payment
        creditor_bank_country_id (int | Unset): AutoPay's creditor bank country id for an abroad bank code payment
        creditor_bank_name (str | Unset): AutoPay's creditor bank name for an abroad bank code payment
        creditor_bank_address (str | Unset): AutoPay's creditor bank address for an abroad bank code payment
        creditor_bank_postal_code (str | Unset): AutoPay's creditor bank postal code for an abroad bank code payment
        creditor_bank_postal_city (str | Unset): AutoPay's creditor bank postal city for an abroad bank code payment
        creditor_bank_code (str | Unset): AutoPay's creditor bank code for an abroad bank code payment
        creditor_bic (str | Unset): AutoPay's SWIFT code for an abroad payment
        account_number (str | Unset): Payment type's account number
        smart_scan_mapping (AdvancedPaymentWidgetSmartScanMapping | Unset): Autofilled using smart scan
        customer_vendor_iban_or_bban (list[str] | Unset): Account numbers for this vendor
        creditor_clearing_code (str | Unset): AutoPay's creditor bank code
        kid (str | Unset): Kid or receiver's reference value
        amount (float | Unset): Amount value in invoice currency
        prepaid_amount (float | Unset): Prepaid Amount value in invoice currency
        opposite_amount (float | Unset): Amount value in payment type currency
        date (str | Unset): Payment's date value
        regulatory_reporting_code (str | Unset): AutoPay's regulatory reporting code
        regulatory_reporting_info (str | Unset): AutoPay's regulatory reporting info
        currency_code (str | Unset): Invoice currency code or default
        currency_id (int | Unset): Invoice currency id or default
        last_used_vendor_iban_or_bban (str | Unset): Last used account for a vendor
        invoice_iban_or_bban (str | Unset): Vendor IBAN or BBAN on invoice
    """

    payment_types: list[PaymentWidgetPaymentType] | Unset = UNSET
    selected_payment_type: PaymentWidgetPaymentType | Unset = UNSET
    is_auto_pay: bool | Unset = UNSET
    is_ztl: bool | Unset = UNSET
    is_foreign_payment: bool | Unset = UNSET
    creditor_bank_identificator: int | Unset = UNSET
    creditor_name: str | Unset = UNSET
    creditor_address: str | Unset = UNSET
    creditor_postal_code: str | Unset = UNSET
    creditor_postal_city: str | Unset = UNSET
    creditor_country_id: int | Unset = UNSET
    creditor_bank_country_id: int | Unset = UNSET
    creditor_bank_name: str | Unset = UNSET
    creditor_bank_address: str | Unset = UNSET
    creditor_bank_postal_code: str | Unset = UNSET
    creditor_bank_postal_city: str | Unset = UNSET
    creditor_bank_code: str | Unset = UNSET
    creditor_bic: str | Unset = UNSET
    account_number: str | Unset = UNSET
    smart_scan_mapping: AdvancedPaymentWidgetSmartScanMapping | Unset = UNSET
    customer_vendor_iban_or_bban: list[str] | Unset = UNSET
    creditor_clearing_code: str | Unset = UNSET
    kid: str | Unset = UNSET
    amount: float | Unset = UNSET
    prepaid_amount: float | Unset = UNSET
    opposite_amount: float | Unset = UNSET
    date: str | Unset = UNSET
    regulatory_reporting_code: str | Unset = UNSET
    regulatory_reporting_info: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    last_used_vendor_iban_or_bban: str | Unset = UNSET
    invoice_iban_or_bban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        payment_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_types, Unset):
            payment_types = []
            for payment_types_item_data in self.payment_types:
                payment_types_item = payment_types_item_data.to_dict()
                payment_types.append(payment_types_item)

        selected_payment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_payment_type, Unset):
            selected_payment_type = self.selected_payment_type.to_dict()

        is_auto_pay = self.is_auto_pay

        is_ztl = self.is_ztl

        is_foreign_payment = self.is_foreign_payment

        creditor_bank_identificator = self.creditor_bank_identificator

        creditor_name = self.creditor_name

        creditor_address = self.creditor_address

        creditor_postal_code = self.creditor_postal_code

        creditor_postal_city = self.creditor_postal_city

        creditor_country_id = self.creditor_country_id

        creditor_bank_country_id = self.creditor_bank_country_id

        creditor_bank_name = self.creditor_bank_name

        creditor_bank_address = self.creditor_bank_address

        creditor_bank_postal_code = self.creditor_bank_postal_code

        creditor_bank_postal_city = self.creditor_bank_postal_city

        creditor_bank_code = self.creditor_bank_code

        creditor_bic = self.creditor_bic

        account_number = self.account_number

        smart_scan_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smart_scan_mapping, Unset):
            smart_scan_mapping = self.smart_scan_mapping.to_dict()

        customer_vendor_iban_or_bban: list[str] | Unset = UNSET
        if not isinstance(self.customer_vendor_iban_or_bban, Unset):
            customer_vendor_iban_or_bban = self.customer_vendor_iban_or_bban

        creditor_clearing_code = self.creditor_clearing_code

        kid = self.kid

        amount = self.amount

        prepaid_amount = self.prepaid_amount

        opposite_amount = self.opposite_amount

        date = self.date

        regulatory_reporting_code = self.regulatory_reporting_code

        regulatory_reporting_info = self.regulatory_reporting_info

        currency_code = self.currency_code

        currency_id = self.currency_id

        last_used_vendor_iban_or_bban = self.last_used_vendor_iban_or_bban

        invoice_iban_or_bban = self.invoice_iban_or_bban

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_types is not UNSET:
            field_dict["paymentTypes"] = payment_types
        if selected_payment_type is not UNSET:
            field_dict["selectedPaymentType"] = selected_payment_type
        if is_auto_pay is not UNSET:
            field_dict["isAutoPay"] = is_auto_pay
        if is_ztl is not UNSET:
            field_dict["isZtl"] = is_ztl
        if is_foreign_payment is not UNSET:
            field_dict["isForeignPayment"] = is_foreign_payment
        if creditor_bank_identificator is not UNSET:
            field_dict["creditorBankIdentificator"] = creditor_bank_identificator
        if creditor_name is not UNSET:
            field_dict["creditorName"] = creditor_name
        if creditor_address is not UNSET:
            field_dict["creditorAddress"] = creditor_address
        if creditor_postal_code is not UNSET:
            field_dict["creditorPostalCode"] = creditor_postal_code
        if creditor_postal_city is not UNSET:
            field_dict["creditorPostalCity"] = creditor_postal_city
        if creditor_country_id is not UNSET:
            field_dict["creditorCountryId"] = creditor_country_id
        if creditor_bank_country_id is not UNSET:
            field_dict["creditorBankCountryId"] = creditor_bank_country_id
        if creditor_bank_name is not UNSET:
            field_dict["creditorBankName"] = creditor_bank_name
        if creditor_bank_address is not UNSET:
            field_dict["creditorBankAddress"] = creditor_bank_address
        if creditor_bank_postal_code is not UNSET:
            field_dict["creditorBankPostalCode"] = creditor_bank_postal_code
        if creditor_bank_postal_city is not UNSET:
            field_dict["creditorBankPostalCity"] = creditor_bank_postal_city
        if creditor_bank_code is not UNSET:
            field_dict["creditorBankCode"] = creditor_bank_code
        if creditor_bic is not UNSET:
            field_dict["creditorBic"] = creditor_bic
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if smart_scan_mapping is not UNSET:
            field_dict["smartScanMapping"] = smart_scan_mapping
        if customer_vendor_iban_or_bban is not UNSET:
            field_dict["customerVendorIbanOrBban"] = customer_vendor_iban_or_bban
        if creditor_clearing_code is not UNSET:
            field_dict["creditorClearingCode"] = creditor_clearing_code
        if kid is not UNSET:
            field_dict["kid"] = kid
        if amount is not UNSET:
            field_dict["amount"] = amount
        if prepaid_amount is not UNSET:
            field_dict["prepaidAmount"] = prepaid_amount
        if opposite_amount is not UNSET:
            field_dict["oppositeAmount"] = opposite_amount
        if date is not UNSET:
            field_dict["date"] = date
        if regulatory_reporting_code is not UNSET:
            field_dict["regulatoryReportingCode"] = regulatory_reporting_code
        if regulatory_reporting_info is not UNSET:
            field_dict["regulatoryReportingInfo"] = regulatory_reporting_info
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if last_used_vendor_iban_or_bban is not UNSET:
            field_dict["lastUsedVendorIbanOrBban"] = last_used_vendor_iban_or_bban
        if invoice_iban_or_bban is not UNSET:
            field_dict["invoiceIbanOrBban"] = invoice_iban_or_bban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AdvancedPaymentWidget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.advanced_payment_widget_smart_scan_mapping import AdvancedPaymentWidgetSmartScanMapping  # noqa: PLC0415
        from ..models.payment_widget_payment_type import PaymentWidgetPaymentType  # noqa: PLC0415

        def _p_payment_types(_tx_v: Any) -> list[PaymentWidgetPaymentType] | Unset:
            _payment_types = _tx_v
            payment_types: list[PaymentWidgetPaymentType] | Unset = UNSET
            if _payment_types is not UNSET:
                payment_types = []
                for payment_types_item_data in _payment_types:
                    if payment_types_item_data is None:
                        continue
                    payment_types_item = PaymentWidgetPaymentType._tx_from_json(payment_types_item_data)

                    payment_types.append(payment_types_item)

            return payment_types

        def _p_selected_payment_type(_tx_v: Any) -> PaymentWidgetPaymentType | Unset:
            _selected_payment_type = _tx_v
            selected_payment_type: PaymentWidgetPaymentType | Unset
            if isinstance(_selected_payment_type, Unset):
                selected_payment_type = UNSET
            else:
                selected_payment_type = PaymentWidgetPaymentType._tx_from_json(_selected_payment_type)

            return selected_payment_type

        def _p_smart_scan_mapping(_tx_v: Any) -> AdvancedPaymentWidgetSmartScanMapping | Unset:
            _smart_scan_mapping = _tx_v
            smart_scan_mapping: AdvancedPaymentWidgetSmartScanMapping | Unset
            if isinstance(_smart_scan_mapping, Unset):
                smart_scan_mapping = UNSET
            else:
                smart_scan_mapping = AdvancedPaymentWidgetSmartScanMapping._tx_from_json(_smart_scan_mapping)

            return smart_scan_mapping

        def _p_customer_vendor_iban_or_bban(_tx_v: Any) -> list[str] | Unset:
            customer_vendor_iban_or_bban = cast(list[str], _tx_v)

            return customer_vendor_iban_or_bban

        _tx_known: frozenset[str] = frozenset(
            (
                "paymentTypes",
                "selectedPaymentType",
                "isAutoPay",
                "isZtl",
                "isForeignPayment",
                "creditorBankIdentificator",
                "creditorName",
                "creditorAddress",
                "creditorPostalCode",
                "creditorPostalCity",
                "creditorCountryId",
                "creditorBankCountryId",
                "creditorBankName",
                "creditorBankAddress",
                "creditorBankPostalCode",
                "creditorBankPostalCity",
                "creditorBankCode",
                "creditorBic",
                "accountNumber",
                "smartScanMapping",
                "customerVendorIbanOrBban",
                "creditorClearingCode",
                "kid",
                "amount",
                "prepaidAmount",
                "oppositeAmount",
                "date",
                "regulatoryReportingCode",
                "regulatoryReportingInfo",
                "currencyCode",
                "currencyId",
                "lastUsedVendorIbanOrBban",
                "invoiceIbanOrBban",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payment_types": ("paymentTypes", _p_payment_types),
            "selected_payment_type": ("selectedPaymentType", _p_selected_payment_type),
            "is_auto_pay": ("isAutoPay", None),
            "is_ztl": ("isZtl", None),
            "is_foreign_payment": ("isForeignPayment", None),
            "creditor_bank_identificator": ("creditorBankIdentificator", None),
            "creditor_name": ("creditorName", None),
            "creditor_address": ("creditorAddress", None),
            "creditor_postal_code": ("creditorPostalCode", None),
            "creditor_postal_city": ("creditorPostalCity", None),
            "creditor_country_id": ("creditorCountryId", None),
            "creditor_bank_country_id": ("creditorBankCountryId", None),
            "creditor_bank_name": ("creditorBankName", None),
            "creditor_bank_address": ("creditorBankAddress", None),
            "creditor_bank_postal_code": ("creditorBankPostalCode", None),
            "creditor_bank_postal_city": ("creditorBankPostalCity", None),
            "creditor_bank_code": ("creditorBankCode", None),
            "creditor_bic": ("creditorBic", None),
            "account_number": ("accountNumber", None),
            "smart_scan_mapping": ("smartScanMapping", _p_smart_scan_mapping),
            "customer_vendor_iban_or_bban": ("customerVendorIbanOrBban", _p_customer_vendor_iban_or_bban),
            "creditor_clearing_code": ("creditorClearingCode", None),
            "kid": ("kid", None),
            "amount": ("amount", None),
            "prepaid_amount": ("prepaidAmount", None),
            "opposite_amount": ("oppositeAmount", None),
            "date": ("date", None),
            "regulatory_reporting_code": ("regulatoryReportingCode", None),
            "regulatory_reporting_info": ("regulatoryReportingInfo", None),
            "currency_code": ("currencyCode", None),
            "currency_id": ("currencyId", None),
            "last_used_vendor_iban_or_bban": ("lastUsedVendorIbanOrBban", None),
            "invoice_iban_or_bban": ("invoiceIbanOrBban", None),
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
