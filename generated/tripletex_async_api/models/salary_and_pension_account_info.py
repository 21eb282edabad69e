from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.account import Account


T = TypeVar("T", bound="SalaryAndPensionAccountInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("account", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class SalaryAndPensionAccountInfo(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        group_id (int | Unset): [read-only]
        outgoing_balance (float | Unset): [read-only]
        additions (float | Unset): [read-only]
        deductions (float | Unset): [read-only]
        total_notifiable_benefits (float | Unset): [read-only]
        benefit_subject_to_employer_tax (float | Unset): [read-only]
    """

    account: Account | Unset = UNSET
    group_id: int | Unset = UNSET
    outgoing_balance: float | Unset = UNSET
    additions: float | Unset = UNSET
    deductions: float | Unset = UNSET
    total_notifiable_benefits: float | Unset = UNSET
    benefit_subject_to_employer_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        group_id = self.group_id

        outgoing_balance = self.outgoing_balance

        additions = self.additions

        deductions = self.deductions

        total_notifiable_benefits = self.total_notifiable_benefits

        benefit_subject_to_employer_tax = self.benefit_subject_to_employer_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if outgoing_balance is not UNSET and not _in_request:
            field_dict["outgoingBalance"] = outgoing_balance
        if additions is not UNSET and not _in_request:
            field_dict["additions"] = additions
        if deductions is not UNSET and not _in_request:
            field_dict["deductions"] = deductions
        if total_notifiable_benefits is not UNSET and not _in_request:
            field_dict["totalNotifiableBenefits"] = total_notifiable_benefits
        if benefit_subject_to_employer_tax is not UNSET and not _in_request:
            field_dict["benefitSubjectToEmployerTax"] = benefit_subject_to_employer_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryAndPensionAccountInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "groupId",
                "outgoingBalance",
                "additions",
                "deductions",
                "totalNotifiableBenefits",
                "benefitSubjectToEmployerTax",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "group_id": ("groupId", None),
            "outgoing_balance": ("outgoingBalance", None),
            "additions": ("additions", None),
            "deductions": ("deductions", None),
            "total_notifiable_benefits": ("totalNotifiableBenefits", None),
            "benefit_subject_to_employer_tax": ("benefitSubjectToEmployerTax", None),
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
