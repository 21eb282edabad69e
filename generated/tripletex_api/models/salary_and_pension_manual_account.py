from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SalaryAndPensionManualAccount")


@_attrs_define
class SalaryAndPensionManualAccount:
    """
    Attributes:
        description (str | Unset): [read-only]
        group_id (int | Unset): [read-only]
        outgoing_balance (float | Unset): [read-only]
        additions (float | Unset): [read-only]
        deductions (float | Unset): [read-only]
        total_notifiable_benefits (float | Unset): [read-only]
        benefit_subject_to_employer_tax (float | Unset): [read-only]
    """

    description: str | Unset = UNSET
    group_id: int | Unset = UNSET
    outgoing_balance: float | Unset = UNSET
    additions: float | Unset = UNSET
    deductions: float | Unset = UNSET
    total_notifiable_benefits: float | Unset = UNSET
    benefit_subject_to_employer_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        description = self.description

        group_id = self.group_id

        outgoing_balance = self.outgoing_balance

        additions = self.additions

        deductions = self.deductions

        total_notifiable_benefits = self.total_notifiable_benefits

        benefit_subject_to_employer_tax = self.benefit_subject_to_employer_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        description = d.pop("description", UNSET)

        group_id = d.pop("groupId", UNSET)

        outgoing_balance = d.pop("outgoingBalance", UNSET)

        additions = d.pop("additions", UNSET)

        deductions = d.pop("deductions", UNSET)

        total_notifiable_benefits = d.pop("totalNotifiableBenefits", UNSET)

        benefit_subject_to_employer_tax = d.pop("benefitSubjectToEmployerTax", UNSET)

        _obj = cls(
            description=description,
            group_id=group_id,
            outgoing_balance=outgoing_balance,
            additions=additions,
            deductions=deductions,
            total_notifiable_benefits=total_notifiable_benefits,
            benefit_subject_to_employer_tax=benefit_subject_to_employer_tax,
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
