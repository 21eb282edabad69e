from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_settings_dto_automation_level_option import AutomationSettingsDTOAutomationLevelOption
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

T = TypeVar("T", bound="AutomationSettingsDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("automationLevelOption", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class AutomationSettingsDTO(LazyModel):
    """
    Attributes:
        can_access_auto_pay (bool | Unset):
        can_access_fabric_ai (bool | Unset):
        can_access_fabric_ai_training (bool | Unset):
        can_add_auto_pay_payments (bool | Unset):
        can_access_welcome_banner (bool | Unset):
        automation_level_option (AutomationSettingsDTOAutomationLevelOption | Unset):
        standard_amount_max (int | Unset):
        standard_payment_type_id (int | Unset):
        has_task_fox_test_companies (bool | Unset):
        has_bank_integration (bool | Unset):
        standard_payment_type_name (str | Unset):
        posting_rule_id (int | Unset):
        company_name (str | Unset):
        has_bookkeeping_before_attestation_setting (bool | Unset):
        has_voucher_approval_module (bool | Unset):
        test_account (bool | Unset):
    """

    can_access_auto_pay: bool | Unset = UNSET
    can_access_fabric_ai: bool | Unset = UNSET
    can_access_fabric_ai_training: bool | Unset = UNSET
    can_add_auto_pay_payments: bool | Unset = UNSET
    can_access_welcome_banner: bool | Unset = UNSET
    automation_level_option: AutomationSettingsDTOAutomationLevelOption | Unset = UNSET
    standard_amount_max: int | Unset = UNSET
    standard_payment_type_id: int | Unset = UNSET
    has_task_fox_test_companies: bool | Unset = UNSET
    has_bank_integration: bool | Unset = UNSET
    standard_payment_type_name: str | Unset = UNSET
    posting_rule_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    has_bookkeeping_before_attestation_setting: bool | Unset = UNSET
    has_voucher_approval_module: bool | Unset = UNSET
    test_account: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        can_access_auto_pay = self.can_access_auto_pay

        can_access_fabric_ai = self.can_access_fabric_ai

        can_access_fabric_ai_training = self.can_access_fabric_ai_training

        can_add_auto_pay_payments = self.can_add_auto_pay_payments

        can_access_welcome_banner = self.can_access_welcome_banner

        automation_level_option: str | Unset = UNSET
        if not isinstance(self.automation_level_option, Unset):
            automation_level_option = self.automation_level_option.value

        standard_amount_max = self.standard_amount_max

        standard_payment_type_id = self.standard_payment_type_id

        has_task_fox_test_companies = self.has_task_fox_test_companies

        has_bank_integration = self.has_bank_integration

        standard_payment_type_name = self.standard_payment_type_name

        posting_rule_id = self.posting_rule_id

        company_name = self.company_name

        has_bookkeeping_before_attestation_setting = self.has_bookkeeping_before_attestation_setting

        has_voucher_approval_module = self.has_voucher_approval_module

        test_account = self.test_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_access_auto_pay is not UNSET:
            field_dict["canAccessAutoPay"] = can_access_auto_pay
        if can_access_fabric_ai is not UNSET:
            field_dict["canAccessFabricAi"] = can_access_fabric_ai
        if can_access_fabric_ai_training is not UNSET:
            field_dict["canAccessFabricAiTraining"] = can_access_fabric_ai_training
        if can_add_auto_pay_payments is not UNSET:
            field_dict["canAddAutoPayPayments"] = can_add_auto_pay_payments
        if can_access_welcome_banner is not UNSET:
            field_dict["canAccessWelcomeBanner"] = can_access_welcome_banner
        if automation_level_option is not UNSET:
            field_dict["automationLevelOption"] = automation_level_option
        if standard_amount_max is not UNSET:
            field_dict["standardAmountMax"] = standard_amount_max
        if standard_payment_type_id is not UNSET:
            field_dict["standardPaymentTypeId"] = standard_payment_type_id
        if has_task_fox_test_companies is not UNSET:
            field_dict["hasTaskFoxTestCompanies"] = has_task_fox_test_companies
        if has_bank_integration is not UNSET:
            field_dict["hasBankIntegration"] = has_bank_integration
        if standard_payment_type_name is not UNSET:
            field_dict["standardPaymentTypeName"] = standard_payment_type_name
        if posting_rule_id is not UNSET:
            field_dict["postingRuleId"] = posting_rule_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if has_bookkeeping_before_attestation_setting is not UNSET:
            field_dict["hasBookkeepingBeforeAttestationSetting"] = has_bookkeeping_before_attestation_setting
        if has_voucher_approval_module is not UNSET:
            field_dict["hasVoucherApprovalModule"] = has_voucher_approval_module
        if test_account is not UNSET:
            field_dict["testAccount"] = test_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutomationSettingsDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_automation_level_option(_tx_v: Any) -> AutomationSettingsDTOAutomationLevelOption | Unset:
            _automation_level_option = _tx_v
            automation_level_option: AutomationSettingsDTOAutomationLevelOption | Unset
            if isinstance(_automation_level_option, Unset):
                automation_level_option = UNSET
            else:
                automation_level_option = AutomationSettingsDTOAutomationLevelOption(_automation_level_option)

            return automation_level_option

        _tx_known: frozenset[str] = frozenset(
            (
                "canAccessAutoPay",
                "canAccessFabricAi",
                "canAccessFabricAiTraining",
                "canAddAutoPayPayments",
                "canAccessWelcomeBanner",
                "automationLevelOption",
                "standardAmountMax",
                "standardPaymentTypeId",
                "hasTaskFoxTestCompanies",
                "hasBankIntegration",
                "standardPaymentTypeName",
                "postingRuleId",
                "companyName",
                "hasBookkeepingBeforeAttestationSetting",
                "hasVoucherApprovalModule",
                "testAccount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "can_access_auto_pay": ("canAccessAutoPay", None),
            "can_access_fabric_ai": ("canAccessFabricAi", None),
            "can_access_fabric_ai_training": ("canAccessFabricAiTraining", None),
            "can_add_auto_pay_payments": ("canAddAutoPayPayments", None),
            "can_access_welcome_banner": ("canAccessWelcomeBanner", None),
            "automation_level_option": ("automationLevelOption", _p_automation_level_option),
            "standard_amount_max": ("standardAmountMax", None),
            "standard_payment_type_id": ("standardPaymentTypeId", None),
            "has_task_fox_test_companies": ("hasTaskFoxTestCompanies", None),
            "has_bank_integration": ("hasBankIntegration", None),
            "standard_payment_type_name": ("standardPaymentTypeName", None),
            "posting_rule_id": ("postingRuleId", None),
            "company_name": ("companyName", None),
            "has_bookkeeping_before_attestation_setting": ("hasBookkeepingBeforeAttestationSetting", None),
            "has_voucher_approval_module": ("hasVoucherApprovalModule", None),
            "test_account": ("testAccount", None),
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
