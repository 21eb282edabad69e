from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.advanced_payment_widget_smart_scan_mapping import AdvancedPaymentWidgetSmartScanMapping
    from ..models.payment_widget_payment_type import PaymentWidgetPaymentType


T = TypeVar("T", bound="AdvancedPaymentWidget")


@_attrs_define
class AdvancedPaymentWidget:
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
        from ..models.advanced_payment_widget_smart_scan_mapping import AdvancedPaymentWidgetSmartScanMapping  # noqa: PLC0415
        from ..models.payment_widget_payment_type import PaymentWidgetPaymentType  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _payment_types = d.pop("paymentTypes", UNSET)
        payment_types: list[PaymentWidgetPaymentType] | Unset = UNSET
        if _payment_types is not UNSET:
            payment_types = []
            for payment_types_item_data in _payment_types:
                if payment_types_item_data is None:
                    continue
                payment_types_item = PaymentWidgetPaymentType.from_dict(payment_types_item_data)

                payment_types.append(payment_types_item)

        _selected_payment_type = d.pop("selectedPaymentType", UNSET)
        selected_payment_type: PaymentWidgetPaymentType | Unset
        if isinstance(_selected_payment_type, Unset):
            selected_payment_type = UNSET
        else:
            selected_payment_type = PaymentWidgetPaymentType.from_dict(_selected_payment_type)

        is_auto_pay = d.pop("isAutoPay", UNSET)

        is_ztl = d.pop("isZtl", UNSET)

        is_foreign_payment = d.pop("isForeignPayment", UNSET)

        creditor_bank_identificator = d.pop("creditorBankIdentificator", UNSET)

        creditor_name = d.pop("creditorName", UNSET)

        creditor_address = d.pop("creditorAddress", UNSET)

        creditor_postal_code = d.pop("creditorPostalCode", UNSET)

        creditor_postal_city = d.pop("creditorPostalCity", UNSET)

        creditor_country_id = d.pop("creditorCountryId", UNSET)

        creditor_bank_country_id = d.pop("creditorBankCountryId", UNSET)

        creditor_bank_name = d.pop("creditorBankName", UNSET)

        creditor_bank_address = d.pop("creditorBankAddress", UNSET)

        creditor_bank_postal_code = d.pop("creditorBankPostalCode", UNSET)

        creditor_bank_postal_city = d.pop("creditorBankPostalCity", UNSET)

        creditor_bank_code = d.pop("creditorBankCode", UNSET)

        creditor_bic = d.pop("creditorBic", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        _smart_scan_mapping = d.pop("smartScanMapping", UNSET)
        smart_scan_mapping: AdvancedPaymentWidgetSmartScanMapping | Unset
        if isinstance(_smart_scan_mapping, Unset):
            smart_scan_mapping = UNSET
        else:
            smart_scan_mapping = AdvancedPaymentWidgetSmartScanMapping.from_dict(_smart_scan_mapping)

        customer_vendor_iban_or_bban = cast(list[str], d.pop("customerVendorIbanOrBban", UNSET))

        creditor_clearing_code = d.pop("creditorClearingCode", UNSET)

        kid = d.pop("kid", UNSET)

        amount = d.pop("amount", UNSET)

        prepaid_amount = d.pop("prepaidAmount", UNSET)

        opposite_amount = d.pop("oppositeAmount", UNSET)

        date = d.pop("date", UNSET)

        regulatory_reporting_code = d.pop("regulatoryReportingCode", UNSET)

        regulatory_reporting_info = d.pop("regulatoryReportingInfo", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        last_used_vendor_iban_or_bban = d.pop("lastUsedVendorIbanOrBban", UNSET)

        invoice_iban_or_bban = d.pop("invoiceIbanOrBban", UNSET)

        _obj = cls(
            payment_types=payment_types,
            selected_payment_type=selected_payment_type,
            is_auto_pay=is_auto_pay,
            is_ztl=is_ztl,
            is_foreign_payment=is_foreign_payment,
            creditor_bank_identificator=creditor_bank_identificator,
            creditor_name=creditor_name,
            creditor_address=creditor_address,
            creditor_postal_code=creditor_postal_code,
            creditor_postal_city=creditor_postal_city,
            creditor_country_id=creditor_country_id,
            creditor_bank_country_id=creditor_bank_country_id,
            creditor_bank_name=creditor_bank_name,
            creditor_bank_address=creditor_bank_address,
            creditor_bank_postal_code=creditor_bank_postal_code,
            creditor_bank_postal_city=creditor_bank_postal_city,
            creditor_bank_code=creditor_bank_code,
            creditor_bic=creditor_bic,
            account_number=account_number,
            smart_scan_mapping=smart_scan_mapping,
            customer_vendor_iban_or_bban=customer_vendor_iban_or_bban,
            creditor_clearing_code=creditor_clearing_code,
            kid=kid,
            amount=amount,
            prepaid_amount=prepaid_amount,
            opposite_amount=opposite_amount,
            date=date,
            regulatory_reporting_code=regulatory_reporting_code,
            regulatory_reporting_info=regulatory_reporting_info,
            currency_code=currency_code,
            currency_id=currency_id,
            last_used_vendor_iban_or_bban=last_used_vendor_iban_or_bban,
            invoice_iban_or_bban=invoice_iban_or_bban,
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
