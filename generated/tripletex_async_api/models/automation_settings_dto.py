from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_settings_dto_automation_level_option import AutomationSettingsDTOAutomationLevelOption
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="AutomationSettingsDTO")


@_attrs_define
class AutomationSettingsDTO(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.can_access_auto_pay
        if _v is not UNSET:
            field_dict["canAccessAutoPay"] = _v
        _v = self.can_access_fabric_ai
        if _v is not UNSET:
            field_dict["canAccessFabricAi"] = _v
        _v = self.can_access_fabric_ai_training
        if _v is not UNSET:
            field_dict["canAccessFabricAiTraining"] = _v
        _v = self.can_add_auto_pay_payments
        if _v is not UNSET:
            field_dict["canAddAutoPayPayments"] = _v
        _v = self.can_access_welcome_banner
        if _v is not UNSET:
            field_dict["canAccessWelcomeBanner"] = _v
        _v = self.automation_level_option
        if _v is not UNSET:
            field_dict["automationLevelOption"] = _v._value_
        _v = self.standard_amount_max
        if _v is not UNSET:
            field_dict["standardAmountMax"] = _v
        _v = self.standard_payment_type_id
        if _v is not UNSET:
            field_dict["standardPaymentTypeId"] = _v
        _v = self.has_task_fox_test_companies
        if _v is not UNSET:
            field_dict["hasTaskFoxTestCompanies"] = _v
        _v = self.has_bank_integration
        if _v is not UNSET:
            field_dict["hasBankIntegration"] = _v
        _v = self.standard_payment_type_name
        if _v is not UNSET:
            field_dict["standardPaymentTypeName"] = _v
        _v = self.posting_rule_id
        if _v is not UNSET:
            field_dict["postingRuleId"] = _v
        _v = self.company_name
        if _v is not UNSET:
            field_dict["companyName"] = _v
        _v = self.has_bookkeeping_before_attestation_setting
        if _v is not UNSET:
            field_dict["hasBookkeepingBeforeAttestationSetting"] = _v
        _v = self.has_voucher_approval_module
        if _v is not UNSET:
            field_dict["hasVoucherApprovalModule"] = _v
        _v = self.test_account
        if _v is not UNSET:
            field_dict["testAccount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutomationSettingsDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutomationSettingsDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_automation_level_option: dict[Any, Any] = enum_members(AutomationSettingsDTOAutomationLevelOption)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "canAccessAutoPay": "can_access_auto_pay",
            "canAccessFabricAi": "can_access_fabric_ai",
            "canAccessFabricAiTraining": "can_access_fabric_ai_training",
            "canAddAutoPayPayments": "can_add_auto_pay_payments",
            "canAccessWelcomeBanner": "can_access_welcome_banner",
            "standardAmountMax": "standard_amount_max",
            "standardPaymentTypeId": "standard_payment_type_id",
            "hasTaskFoxTestCompanies": "has_task_fox_test_companies",
            "hasBankIntegration": "has_bank_integration",
            "standardPaymentTypeName": "standard_payment_type_name",
            "postingRuleId": "posting_rule_id",
            "companyName": "company_name",
            "hasBookkeepingBeforeAttestationSetting": "has_bookkeeping_before_attestation_setting",
            "hasVoucherApprovalModule": "has_voucher_approval_module",
            "testAccount": "test_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.can_access_auto_pay = o.can_access_fabric_ai = o.can_access_fabric_ai_training = (
                        o.can_add_auto_pay_payments
                    ) = o.can_access_welcome_banner = o.automation_level_option = o.standard_amount_max = (
                        o.standard_payment_type_id
                    ) = o.has_task_fox_test_companies = o.has_bank_integration = o.standard_payment_type_name = (
                        o.posting_rule_id
                    ) = o.company_name = o.has_bookkeeping_before_attestation_setting = (
                        o.has_voucher_approval_module
                    ) = o.test_account = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("canAccessAutoPay")
                if v is None:
                    o.can_access_auto_pay = u
                    if "canAccessAutoPay" not in d:
                        m += 1
                else:
                    o.can_access_auto_pay = v
                v = g("canAccessFabricAi")
                if v is None:
                    o.can_access_fabric_ai = u
                    if "canAccessFabricAi" not in d:
                        m += 1
                else:
                    o.can_access_fabric_ai = v
                v = g("canAccessFabricAiTraining")
                if v is None:
                    o.can_access_fabric_ai_training = u
                    if "canAccessFabricAiTraining" not in d:
                        m += 1
                else:
                    o.can_access_fabric_ai_training = v
                v = g("canAddAutoPayPayments")
                if v is None:
                    o.can_add_auto_pay_payments = u
                    if "canAddAutoPayPayments" not in d:
                        m += 1
                else:
                    o.can_add_auto_pay_payments = v
                v = g("canAccessWelcomeBanner")
                if v is None:
                    o.can_access_welcome_banner = u
                    if "canAccessWelcomeBanner" not in d:
                        m += 1
                else:
                    o.can_access_welcome_banner = v
                k = "automationLevelOption"
                v = g("automationLevelOption")
                if v is None:
                    o.automation_level_option = u
                    if "automationLevelOption" not in d:
                        m += 1
                else:
                    o.automation_level_option = (
                        e_
                        if (e_ := _e_automation_level_option.get(v)) is not None
                        else enum_value(AutomationSettingsDTOAutomationLevelOption, v)
                    )
                v = g("standardAmountMax")
                if v is None:
                    o.standard_amount_max = u
                    if "standardAmountMax" not in d:
                        m += 1
                else:
                    o.standard_amount_max = v
                v = g("standardPaymentTypeId")
                if v is None:
                    o.standard_payment_type_id = u
                    if "standardPaymentTypeId" not in d:
                        m += 1
                else:
                    o.standard_payment_type_id = v
                v = g("hasTaskFoxTestCompanies")
                if v is None:
                    o.has_task_fox_test_companies = u
                    if "hasTaskFoxTestCompanies" not in d:
                        m += 1
                else:
                    o.has_task_fox_test_companies = v
                v = g("hasBankIntegration")
                if v is None:
                    o.has_bank_integration = u
                    if "hasBankIntegration" not in d:
                        m += 1
                else:
                    o.has_bank_integration = v
                v = g("standardPaymentTypeName")
                if v is None:
                    o.standard_payment_type_name = u
                    if "standardPaymentTypeName" not in d:
                        m += 1
                else:
                    o.standard_payment_type_name = v
                v = g("postingRuleId")
                if v is None:
                    o.posting_rule_id = u
                    if "postingRuleId" not in d:
                        m += 1
                else:
                    o.posting_rule_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("hasBookkeepingBeforeAttestationSetting")
                if v is None:
                    o.has_bookkeeping_before_attestation_setting = u
                    if "hasBookkeepingBeforeAttestationSetting" not in d:
                        m += 1
                else:
                    o.has_bookkeeping_before_attestation_setting = v
                v = g("hasVoucherApprovalModule")
                if v is None:
                    o.has_voucher_approval_module = u
                    if "hasVoucherApprovalModule" not in d:
                        m += 1
                else:
                    o.has_voucher_approval_module = v
                v = g("testAccount")
                if v is None:
                    o.test_account = u
                    if "testAccount" not in d:
                        m += 1
                else:
                    o.test_account = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("can_access_auto_pay", "canAccessAutoPay"),
            ("can_access_fabric_ai", "canAccessFabricAi"),
            ("can_access_fabric_ai_training", "canAccessFabricAiTraining"),
            ("can_add_auto_pay_payments", "canAddAutoPayPayments"),
            ("can_access_welcome_banner", "canAccessWelcomeBanner"),
            ("automation_level_option", "automationLevelOption"),
            ("standard_amount_max", "standardAmountMax"),
            ("standard_payment_type_id", "standardPaymentTypeId"),
            ("has_task_fox_test_companies", "hasTaskFoxTestCompanies"),
            ("has_bank_integration", "hasBankIntegration"),
            ("standard_payment_type_name", "standardPaymentTypeName"),
            ("posting_rule_id", "postingRuleId"),
            ("company_name", "companyName"),
            ("has_bookkeeping_before_attestation_setting", "hasBookkeepingBeforeAttestationSetting"),
            ("has_voucher_approval_module", "hasVoucherApprovalModule"),
            ("test_account", "testAccount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.can_access_auto_pay
            o.can_access_auto_pay = u if v is None else v
            v = s.can_access_fabric_ai
            o.can_access_fabric_ai = u if v is None else v
            v = s.can_access_fabric_ai_training
            o.can_access_fabric_ai_training = u if v is None else v
            v = s.can_add_auto_pay_payments
            o.can_add_auto_pay_payments = u if v is None else v
            v = s.can_access_welcome_banner
            o.can_access_welcome_banner = u if v is None else v
            v = s.automation_level_option
            o.automation_level_option = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_automation_level_option.get(v)) is not None
                else enum_value(AutomationSettingsDTOAutomationLevelOption, v)
            )
            v = s.standard_amount_max
            o.standard_amount_max = u if v is None else v
            v = s.standard_payment_type_id
            o.standard_payment_type_id = u if v is None else v
            v = s.has_task_fox_test_companies
            o.has_task_fox_test_companies = u if v is None else v
            v = s.has_bank_integration
            o.has_bank_integration = u if v is None else v
            v = s.standard_payment_type_name
            o.standard_payment_type_name = u if v is None else v
            v = s.posting_rule_id
            o.posting_rule_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.has_bookkeeping_before_attestation_setting
            o.has_bookkeeping_before_attestation_setting = u if v is None else v
            v = s.has_voucher_approval_module
            o.has_voucher_approval_module = u if v is None else v
            v = s.test_account
            o.test_account = u if v is None else v
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
