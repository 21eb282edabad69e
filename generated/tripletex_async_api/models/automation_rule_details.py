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

T = TypeVar("T", bound="AutomationRuleDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class AutomationRuleDetails(LazyModel):
    """The vendor rule details of the vendor if he/she has chosen to have his own rules on the automation instead of
    FabricAi.

        Attributes:
            automation_rule_id (int | Unset):
            description (str | Unset):
            account_id (int | Unset):
            vat_type_id (int | Unset):
            amount_max (float | Unset):
            amount_max_monthly (float | Unset):
            department_id (int | Unset):
            auto_pay_bank_agreement_id (int | Unset):
            selected_payment_type (int | Unset):
            enabled (bool | Unset):
            distribution_key_id (int | Unset):
            distribution_key_name (str | Unset): [read-only]
            account_name (str | Unset):
            department_name (str | Unset):
            payment_type (str | Unset):
    """

    automation_rule_id: int | Unset = UNSET
    description: str | Unset = UNSET
    account_id: int | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    amount_max: float | Unset = UNSET
    amount_max_monthly: float | Unset = UNSET
    department_id: int | Unset = UNSET
    auto_pay_bank_agreement_id: int | Unset = UNSET
    selected_payment_type: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    distribution_key_id: int | Unset = UNSET
    distribution_key_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    department_name: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        automation_rule_id = self.automation_rule_id

        description = self.description

        account_id = self.account_id

        vat_type_id = self.vat_type_id

        amount_max = self.amount_max

        amount_max_monthly = self.amount_max_monthly

        department_id = self.department_id

        auto_pay_bank_agreement_id = self.auto_pay_bank_agreement_id

        selected_payment_type = self.selected_payment_type

        enabled = self.enabled

        distribution_key_id = self.distribution_key_id

        distribution_key_name = self.distribution_key_name

        account_name = self.account_name

        department_name = self.department_name

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automation_rule_id is not UNSET:
            field_dict["automationRuleId"] = automation_rule_id
        if description is not UNSET:
            field_dict["description"] = description
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if vat_type_id is not UNSET:
            field_dict["vatTypeId"] = vat_type_id
        if amount_max is not UNSET:
            field_dict["amountMax"] = amount_max
        if amount_max_monthly is not UNSET:
            field_dict["amountMaxMonthly"] = amount_max_monthly
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if auto_pay_bank_agreement_id is not UNSET:
            field_dict["autoPayBankAgreementId"] = auto_pay_bank_agreement_id
        if selected_payment_type is not UNSET:
            field_dict["selectedPaymentType"] = selected_payment_type
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if distribution_key_id is not UNSET:
            field_dict["distributionKeyId"] = distribution_key_id
        if distribution_key_name is not UNSET and not _in_request:
            field_dict["distributionKeyName"] = distribution_key_name
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutomationRuleDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "automationRuleId",
                "description",
                "accountId",
                "vatTypeId",
                "amountMax",
                "amountMaxMonthly",
                "departmentId",
                "autoPayBankAgreementId",
                "selectedPaymentType",
                "enabled",
                "distributionKeyId",
                "distributionKeyName",
                "accountName",
                "departmentName",
                "paymentType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "automation_rule_id": ("automationRuleId", None),
            "description": ("description", None),
            "account_id": ("accountId", None),
            "vat_type_id": ("vatTypeId", None),
            "amount_max": ("amountMax", None),
            "amount_max_monthly": ("amountMaxMonthly", None),
            "department_id": ("departmentId", None),
            "auto_pay_bank_agreement_id": ("autoPayBankAgreementId", None),
            "selected_payment_type": ("selectedPaymentType", None),
            "enabled": ("enabled", None),
            "distribution_key_id": ("distributionKeyId", None),
            "distribution_key_name": ("distributionKeyName", None),
            "account_name": ("accountName", None),
            "department_name": ("departmentName", None),
            "payment_type": ("paymentType", None),
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
