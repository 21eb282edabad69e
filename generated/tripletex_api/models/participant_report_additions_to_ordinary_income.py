from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ParticipantReportAdditionsToOrdinaryIncome")


@_attrs_define
class ParticipantReportAdditionsToOrdinaryIncome:
    """Calculation of additions to ordinary income

    Attributes:
        distribution_after_tax (float | Unset): [read-only] Distribution after tax
        other_correction (float | Unset): [read-only] Other correction
        shielding_deduction_offset_against_distribution (float | Unset): [read-only] Shielding deduction offset against
            distribution
        additions_to_ordinary_income (float | Unset): [read-only] Additions to ordinary income
    """

    distribution_after_tax: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    shielding_deduction_offset_against_distribution: float | Unset = UNSET
    additions_to_ordinary_income: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        distribution_after_tax = self.distribution_after_tax

        other_correction = self.other_correction

        shielding_deduction_offset_against_distribution = self.shielding_deduction_offset_against_distribution

        additions_to_ordinary_income = self.additions_to_ordinary_income

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distribution_after_tax is not UNSET and not _in_request:
            field_dict["distributionAfterTax"] = distribution_after_tax
        if other_correction is not UNSET and not _in_request:
            field_dict["otherCorrection"] = other_correction
        if shielding_deduction_offset_against_distribution is not UNSET and not _in_request:
            field_dict["shieldingDeductionOffsetAgainstDistribution"] = shielding_deduction_offset_against_distribution
        if additions_to_ordinary_income is not UNSET and not _in_request:
            field_dict["additionsToOrdinaryIncome"] = additions_to_ordinary_income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        distribution_after_tax = d.pop("distributionAfterTax", UNSET)

        other_correction = d.pop("otherCorrection", UNSET)

        shielding_deduction_offset_against_distribution = d.pop("shieldingDeductionOffsetAgainstDistribution", UNSET)

        additions_to_ordinary_income = d.pop("additionsToOrdinaryIncome", UNSET)

        _obj = cls(
            distribution_after_tax=distribution_after_tax,
            other_correction=other_correction,
            shielding_deduction_offset_against_distribution=shielding_deduction_offset_against_distribution,
            additions_to_ordinary_income=additions_to_ordinary_income,
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
