from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_automation_ready_for_automation import SupplierAutomationReadyForAutomation
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
    from ..models.automation_rule_details import AutomationRuleDetails


T = TypeVar("T", bound="SupplierAutomation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("automationRulesDetails", dict, False),
    ("readyForAutomation", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SupplierAutomation(LazyModel):
    """
    Attributes:
        vendor_id (int | Unset):
        name (str | Unset):
        vendor_account_number (int | Unset):
        activated (bool | Unset): Is automation activated?
        automated_count (int | Unset): Number of automated vouchers
        voucher_count_last_190_days_ehf (int | Unset): Number of EHF vouchers last 190 days.
        voucher_count_last_190_days_non_ehf (int | Unset): Number of non-EHF vouchers last 190 days.
        voucher_count (int | Unset): [read-only] Number of EHF vouchers send from this supplier regardless of time.
        can_send_ehf (bool | Unset): Whether the vendor can send EHF
        email (str | Unset): email of the vendor
        automation_rules_details (AutomationRuleDetails | Unset): The vendor rule details of the vendor if he/she has
            chosen to have his own rules on the automation instead of FabricAi.
        payment_type_fabric_ai (int | Unset): If set, the payment type to be used when automating an invoice from this
            vendor.
        payment_type_name (str | Unset): Description of the payment type
        invoices_with_valid_prediction_count (int | Unset): Number of invoices with valid predictions
        amount_max_fabric_ai_vendor_invoice (int | Unset): If set, gives the amount limit for automating invoices for
            this vendor, it the total invoice amount is above the limit, the invoice is not automated.
        date_request_ehf_sent (str | Unset): The date the user has sent the request to a supplier to receive EHF.
        allow_send_ehf_request (bool | Unset): Whether to allow sending EHF requests
        voucher_count_last_90_days_non_ehf (int | Unset): Number of non-EHF vouchers last 90 days.
        ready_for_automation (SupplierAutomationReadyForAutomation | Unset): Ready for automation status
        last_changed_by (str | Unset): Last Changed By which employee
        last_changed_date (str | Unset): Last changed Date for the activation
    """

    vendor_id: int | Unset = UNSET
    name: str | Unset = UNSET
    vendor_account_number: int | Unset = UNSET
    activated: bool | Unset = UNSET
    automated_count: int | Unset = UNSET
    voucher_count_last_190_days_ehf: int | Unset = UNSET
    voucher_count_last_190_days_non_ehf: int | Unset = UNSET
    voucher_count: int | Unset = UNSET
    can_send_ehf: bool | Unset = UNSET
    email: str | Unset = UNSET
    automation_rules_details: AutomationRuleDetails | Unset = UNSET
    payment_type_fabric_ai: int | Unset = UNSET
    payment_type_name: str | Unset = UNSET
    invoices_with_valid_prediction_count: int | Unset = UNSET
    amount_max_fabric_ai_vendor_invoice: int | Unset = UNSET
    date_request_ehf_sent: str | Unset = UNSET
    allow_send_ehf_request: bool | Unset = UNSET
    voucher_count_last_90_days_non_ehf: int | Unset = UNSET
    ready_for_automation: SupplierAutomationReadyForAutomation | Unset = UNSET
    last_changed_by: str | Unset = UNSET
    last_changed_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vendor_id = self.vendor_id

        name = self.name

        vendor_account_number = self.vendor_account_number

        activated = self.activated

        automated_count = self.automated_count

        voucher_count_last_190_days_ehf = self.voucher_count_last_190_days_ehf

        voucher_count_last_190_days_non_ehf = self.voucher_count_last_190_days_non_ehf

        voucher_count = self.voucher_count

        can_send_ehf = self.can_send_ehf

        email = self.email

        automation_rules_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automation_rules_details, Unset):
            automation_rules_details = self.automation_rules_details.to_dict()

        payment_type_fabric_ai = self.payment_type_fabric_ai

        payment_type_name = self.payment_type_name

        invoices_with_valid_prediction_count = self.invoices_with_valid_prediction_count

        amount_max_fabric_ai_vendor_invoice = self.amount_max_fabric_ai_vendor_invoice

        date_request_ehf_sent = self.date_request_ehf_sent

        allow_send_ehf_request = self.allow_send_ehf_request

        voucher_count_last_90_days_non_ehf = self.voucher_count_last_90_days_non_ehf

        ready_for_automation: str | Unset = UNSET
        if not isinstance(self.ready_for_automation, Unset):
            ready_for_automation = self.ready_for_automation.value

        last_changed_by = self.last_changed_by

        last_changed_date = self.last_changed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if name is not UNSET:
            field_dict["name"] = name
        if vendor_account_number is not UNSET:
            field_dict["vendorAccountNumber"] = vendor_account_number
        if activated is not UNSET:
            field_dict["activated"] = activated
        if automated_count is not UNSET:
            field_dict["automatedCount"] = automated_count
        if voucher_count_last_190_days_ehf is not UNSET:
            field_dict["voucherCountLast190DaysEhf"] = voucher_count_last_190_days_ehf
        if voucher_count_last_190_days_non_ehf is not UNSET:
            field_dict["voucherCountLast190DaysNonEhf"] = voucher_count_last_190_days_non_ehf
        if voucher_count is not UNSET and not _in_request:
            field_dict["voucherCount"] = voucher_count
        if can_send_ehf is not UNSET:
            field_dict["canSendEhf"] = can_send_ehf
        if email is not UNSET:
            field_dict["email"] = email
        if automation_rules_details is not UNSET:
            field_dict["automationRulesDetails"] = automation_rules_details
        if payment_type_fabric_ai is not UNSET:
            field_dict["paymentTypeFabricAi"] = payment_type_fabric_ai
        if payment_type_name is not UNSET:
            field_dict["paymentTypeName"] = payment_type_name
        if invoices_with_valid_prediction_count is not UNSET:
            field_dict["invoicesWithValidPredictionCount"] = invoices_with_valid_prediction_count
        if amount_max_fabric_ai_vendor_invoice is not UNSET:
            field_dict["amountMaxFabricAiVendorInvoice"] = amount_max_fabric_ai_vendor_invoice
        if date_request_ehf_sent is not UNSET:
            field_dict["dateRequestEhfSent"] = date_request_ehf_sent
        if allow_send_ehf_request is not UNSET:
            field_dict["allowSendEhfRequest"] = allow_send_ehf_request
        if voucher_count_last_90_days_non_ehf is not UNSET:
            field_dict["voucherCountLast90DaysNonEhf"] = voucher_count_last_90_days_non_ehf
        if ready_for_automation is not UNSET:
            field_dict["readyForAutomation"] = ready_for_automation
        if last_changed_by is not UNSET:
            field_dict["lastChangedBy"] = last_changed_by
        if last_changed_date is not UNSET:
            field_dict["lastChangedDate"] = last_changed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierAutomation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.automation_rule_details import AutomationRuleDetails  # noqa: PLC0415

        def _p_automation_rules_details(_tx_v: Any) -> AutomationRuleDetails | Unset:
            _automation_rules_details = _tx_v
            automation_rules_details: AutomationRuleDetails | Unset
            if isinstance(_automation_rules_details, Unset):
                automation_rules_details = UNSET
            else:
                automation_rules_details = AutomationRuleDetails._tx_from_json(_automation_rules_details)

            return automation_rules_details

        def _p_ready_for_automation(_tx_v: Any) -> SupplierAutomationReadyForAutomation | Unset:
            _ready_for_automation = _tx_v
            ready_for_automation: SupplierAutomationReadyForAutomation | Unset
            if isinstance(_ready_for_automation, Unset):
                ready_for_automation = UNSET
            else:
                ready_for_automation = SupplierAutomationReadyForAutomation(_ready_for_automation)

            return ready_for_automation

        _tx_known: frozenset[str] = frozenset(
            (
                "vendorId",
                "name",
                "vendorAccountNumber",
                "activated",
                "automatedCount",
                "voucherCountLast190DaysEhf",
                "voucherCountLast190DaysNonEhf",
                "voucherCount",
                "canSendEhf",
                "email",
                "automationRulesDetails",
                "paymentTypeFabricAi",
                "paymentTypeName",
                "invoicesWithValidPredictionCount",
                "amountMaxFabricAiVendorInvoice",
                "dateRequestEhfSent",
                "allowSendEhfRequest",
                "voucherCountLast90DaysNonEhf",
                "readyForAutomation",
                "lastChangedBy",
                "lastChangedDate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vendor_id": ("vendorId", None),
            "name": ("name", None),
            "vendor_account_number": ("vendorAccountNumber", None),
            "activated": ("activated", None),
            "automated_count": ("automatedCount", None),
            "voucher_count_last_190_days_ehf": ("voucherCountLast190DaysEhf", None),
            "voucher_count_last_190_days_non_ehf": ("voucherCountLast190DaysNonEhf", None),
            "voucher_count": ("voucherCount", None),
            "can_send_ehf": ("canSendEhf", None),
            "email": ("email", None),
            "automation_rules_details": ("automationRulesDetails", _p_automation_rules_details),
            "payment_type_fabric_ai": ("paymentTypeFabricAi", None),
            "payment_type_name": ("paymentTypeName", None),
            "invoices_with_valid_prediction_count": ("invoicesWithValidPredictionCount", None),
            "amount_max_fabric_ai_vendor_invoice": ("amountMaxFabricAiVendorInvoice", None),
            "date_request_ehf_sent": ("dateRequestEhfSent", None),
            "allow_send_ehf_request": ("allowSendEhfRequest", None),
            "voucher_count_last_90_days_non_ehf": ("voucherCountLast90DaysNonEhf", None),
            "ready_for_automation": ("readyForAutomation", _p_ready_for_automation),
            "last_changed_by": ("lastChangedBy", None),
            "last_changed_date": ("lastChangedDate", None),
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
