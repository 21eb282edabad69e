from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AutomationRuleDetails")


@_attrs_define
class AutomationRuleDetails:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        automation_rule_id = d.pop("automationRuleId", UNSET)

        description = d.pop("description", UNSET)

        account_id = d.pop("accountId", UNSET)

        vat_type_id = d.pop("vatTypeId", UNSET)

        amount_max = d.pop("amountMax", UNSET)

        amount_max_monthly = d.pop("amountMaxMonthly", UNSET)

        department_id = d.pop("departmentId", UNSET)

        auto_pay_bank_agreement_id = d.pop("autoPayBankAgreementId", UNSET)

        selected_payment_type = d.pop("selectedPaymentType", UNSET)

        enabled = d.pop("enabled", UNSET)

        distribution_key_id = d.pop("distributionKeyId", UNSET)

        distribution_key_name = d.pop("distributionKeyName", UNSET)

        account_name = d.pop("accountName", UNSET)

        department_name = d.pop("departmentName", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        _obj = cls(
            automation_rule_id=automation_rule_id,
            description=description,
            account_id=account_id,
            vat_type_id=vat_type_id,
            amount_max=amount_max,
            amount_max_monthly=amount_max_monthly,
            department_id=department_id,
            auto_pay_bank_agreement_id=auto_pay_bank_agreement_id,
            selected_payment_type=selected_payment_type,
            enabled=enabled,
            distribution_key_id=distribution_key_id,
            distribution_key_name=distribution_key_name,
            account_name=account_name,
            department_name=department_name,
            payment_type=payment_type,
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
