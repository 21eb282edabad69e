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

T = TypeVar("T", bound="AutomationRuleDetails")


@_attrs_define
class AutomationRuleDetails(Model):
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
            distribution_key_name (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.automation_rule_id
        if _v is not UNSET:
            field_dict["automationRuleId"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.account_id
        if _v is not UNSET:
            field_dict["accountId"] = _v
        _v = self.vat_type_id
        if _v is not UNSET:
            field_dict["vatTypeId"] = _v
        _v = self.amount_max
        if _v is not UNSET:
            field_dict["amountMax"] = _v
        _v = self.amount_max_monthly
        if _v is not UNSET:
            field_dict["amountMaxMonthly"] = _v
        _v = self.department_id
        if _v is not UNSET:
            field_dict["departmentId"] = _v
        _v = self.auto_pay_bank_agreement_id
        if _v is not UNSET:
            field_dict["autoPayBankAgreementId"] = _v
        _v = self.selected_payment_type
        if _v is not UNSET:
            field_dict["selectedPaymentType"] = _v
        _v = self.enabled
        if _v is not UNSET:
            field_dict["enabled"] = _v
        _v = self.distribution_key_id
        if _v is not UNSET:
            field_dict["distributionKeyId"] = _v
        _v = self.distribution_key_name
        if _v is not UNSET and not _in_request:
            field_dict["distributionKeyName"] = _v
        _v = self.account_name
        if _v is not UNSET:
            field_dict["accountName"] = _v
        _v = self.department_name
        if _v is not UNSET:
            field_dict["departmentName"] = _v
        _v = self.payment_type
        if _v is not UNSET:
            field_dict["paymentType"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutomationRuleDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutomationRuleDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "automationRuleId": "automation_rule_id",
            "description": "description",
            "accountId": "account_id",
            "vatTypeId": "vat_type_id",
            "amountMax": "amount_max",
            "amountMaxMonthly": "amount_max_monthly",
            "departmentId": "department_id",
            "autoPayBankAgreementId": "auto_pay_bank_agreement_id",
            "selectedPaymentType": "selected_payment_type",
            "enabled": "enabled",
            "distributionKeyId": "distribution_key_id",
            "distributionKeyName": "distribution_key_name",
            "accountName": "account_name",
            "departmentName": "department_name",
            "paymentType": "payment_type",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.automation_rule_id = o.description = o.account_id = o.vat_type_id = o.amount_max = (
                        o.amount_max_monthly
                    ) = o.department_id = o.auto_pay_bank_agreement_id = o.selected_payment_type = o.enabled = (
                        o.distribution_key_id
                    ) = o.distribution_key_name = o.account_name = o.department_name = o.payment_type = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("automationRuleId")
                if v is None:
                    o.automation_rule_id = u
                    if "automationRuleId" not in d:
                        m += 1
                else:
                    o.automation_rule_id = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("amountMax")
                if v is None:
                    o.amount_max = u
                    if "amountMax" not in d:
                        m += 1
                else:
                    o.amount_max = v
                v = g("amountMaxMonthly")
                if v is None:
                    o.amount_max_monthly = u
                    if "amountMaxMonthly" not in d:
                        m += 1
                else:
                    o.amount_max_monthly = v
                v = g("departmentId")
                if v is None:
                    o.department_id = u
                    if "departmentId" not in d:
                        m += 1
                else:
                    o.department_id = v
                v = g("autoPayBankAgreementId")
                if v is None:
                    o.auto_pay_bank_agreement_id = u
                    if "autoPayBankAgreementId" not in d:
                        m += 1
                else:
                    o.auto_pay_bank_agreement_id = v
                v = g("selectedPaymentType")
                if v is None:
                    o.selected_payment_type = u
                    if "selectedPaymentType" not in d:
                        m += 1
                else:
                    o.selected_payment_type = v
                v = g("enabled")
                if v is None:
                    o.enabled = u
                    if "enabled" not in d:
                        m += 1
                else:
                    o.enabled = v
                v = g("distributionKeyId")
                if v is None:
                    o.distribution_key_id = u
                    if "distributionKeyId" not in d:
                        m += 1
                else:
                    o.distribution_key_id = v
                v = g("distributionKeyName")
                if v is None:
                    o.distribution_key_name = u
                    if "distributionKeyName" not in d:
                        m += 1
                else:
                    o.distribution_key_name = v
                v = g("accountName")
                if v is None:
                    o.account_name = u
                    if "accountName" not in d:
                        m += 1
                else:
                    o.account_name = v
                v = g("departmentName")
                if v is None:
                    o.department_name = u
                    if "departmentName" not in d:
                        m += 1
                else:
                    o.department_name = v
                v = g("paymentType")
                if v is None:
                    o.payment_type = u
                    if "paymentType" not in d:
                        m += 1
                else:
                    o.payment_type = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("automation_rule_id", "automationRuleId"),
            ("description", "description"),
            ("account_id", "accountId"),
            ("vat_type_id", "vatTypeId"),
            ("amount_max", "amountMax"),
            ("amount_max_monthly", "amountMaxMonthly"),
            ("department_id", "departmentId"),
            ("auto_pay_bank_agreement_id", "autoPayBankAgreementId"),
            ("selected_payment_type", "selectedPaymentType"),
            ("enabled", "enabled"),
            ("distribution_key_id", "distributionKeyId"),
            ("distribution_key_name", "distributionKeyName"),
            ("account_name", "accountName"),
            ("department_name", "departmentName"),
            ("payment_type", "paymentType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.automation_rule_id
            o.automation_rule_id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.amount_max
            o.amount_max = u if v is None else v
            v = s.amount_max_monthly
            o.amount_max_monthly = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.auto_pay_bank_agreement_id
            o.auto_pay_bank_agreement_id = u if v is None else v
            v = s.selected_payment_type
            o.selected_payment_type = u if v is None else v
            v = s.enabled
            o.enabled = u if v is None else v
            v = s.distribution_key_id
            o.distribution_key_id = u if v is None else v
            v = s.distribution_key_name
            o.distribution_key_name = u if v is None else v
            v = s.account_name
            o.account_name = u if v is None else v
            v = s.department_name
            o.department_name = u if v is None else v
            v = s.payment_type
            o.payment_type = u if v is None else v
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
