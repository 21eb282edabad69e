from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxAssessmentPersonalIncome")


@_attrs_define
class TaxAssessmentPersonalIncome:
    """Personal income

    Attributes:
        business_activity_type_description (str | Unset):
        corrected_business_income (float | Unset): [read-only]
        risk_free_return (float | Unset): [read-only]
        deductions_for_risk_free_return (float | Unset): [read-only]
        spouse_sharing_percentage (float | Unset): [read-only]
        personal_income_for_the_year (float | Unset): [read-only]
        after_shared_with_spouse (float | Unset): [read-only]
        calculated_personal_income_spouse (float | Unset): [read-only]
        personal_income_group_id (float | Unset): [read-only]
        negative_personal_income_previous_year_owner (float | Unset): [read-only]
        negative_personal_income_previous_year_spouse (float | Unset): [read-only]
        coordination_other_personal_income_owner (float | Unset): [read-only]
        coordination_other_personal_income_spouse (float | Unset): [read-only]
        coordination_coordination_general_partnership_owner (float | Unset): [read-only]
        coordination_coordination_general_partnership_spouse (float | Unset): [read-only]
        annual_personal_income_owner (float | Unset): [read-only]
        annual_personal_income_spouse (float | Unset): [read-only]
    """

    business_activity_type_description: str | Unset = UNSET
    corrected_business_income: float | Unset = UNSET
    risk_free_return: float | Unset = UNSET
    deductions_for_risk_free_return: float | Unset = UNSET
    spouse_sharing_percentage: float | Unset = UNSET
    personal_income_for_the_year: float | Unset = UNSET
    after_shared_with_spouse: float | Unset = UNSET
    calculated_personal_income_spouse: float | Unset = UNSET
    personal_income_group_id: float | Unset = UNSET
    negative_personal_income_previous_year_owner: float | Unset = UNSET
    negative_personal_income_previous_year_spouse: float | Unset = UNSET
    coordination_other_personal_income_owner: float | Unset = UNSET
    coordination_other_personal_income_spouse: float | Unset = UNSET
    coordination_coordination_general_partnership_owner: float | Unset = UNSET
    coordination_coordination_general_partnership_spouse: float | Unset = UNSET
    annual_personal_income_owner: float | Unset = UNSET
    annual_personal_income_spouse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        business_activity_type_description = self.business_activity_type_description

        corrected_business_income = self.corrected_business_income

        risk_free_return = self.risk_free_return

        deductions_for_risk_free_return = self.deductions_for_risk_free_return

        spouse_sharing_percentage = self.spouse_sharing_percentage

        personal_income_for_the_year = self.personal_income_for_the_year

        after_shared_with_spouse = self.after_shared_with_spouse

        calculated_personal_income_spouse = self.calculated_personal_income_spouse

        personal_income_group_id = self.personal_income_group_id

        negative_personal_income_previous_year_owner = self.negative_personal_income_previous_year_owner

        negative_personal_income_previous_year_spouse = self.negative_personal_income_previous_year_spouse

        coordination_other_personal_income_owner = self.coordination_other_personal_income_owner

        coordination_other_personal_income_spouse = self.coordination_other_personal_income_spouse

        coordination_coordination_general_partnership_owner = self.coordination_coordination_general_partnership_owner

        coordination_coordination_general_partnership_spouse = self.coordination_coordination_general_partnership_spouse

        annual_personal_income_owner = self.annual_personal_income_owner

        annual_personal_income_spouse = self.annual_personal_income_spouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_activity_type_description is not UNSET:
            field_dict["businessActivityTypeDescription"] = business_activity_type_description
        if corrected_business_income is not UNSET and not _in_request:
            field_dict["correctedBusinessIncome"] = corrected_business_income
        if risk_free_return is not UNSET and not _in_request:
            field_dict["riskFreeReturn"] = risk_free_return
        if deductions_for_risk_free_return is not UNSET and not _in_request:
            field_dict["deductionsForRiskFreeReturn"] = deductions_for_risk_free_return
        if spouse_sharing_percentage is not UNSET and not _in_request:
            field_dict["spouseSharingPercentage"] = spouse_sharing_percentage
        if personal_income_for_the_year is not UNSET and not _in_request:
            field_dict["personalIncomeForTheYear"] = personal_income_for_the_year
        if after_shared_with_spouse is not UNSET and not _in_request:
            field_dict["afterSharedWithSpouse"] = after_shared_with_spouse
        if calculated_personal_income_spouse is not UNSET and not _in_request:
            field_dict["calculatedPersonalIncomeSpouse"] = calculated_personal_income_spouse
        if personal_income_group_id is not UNSET and not _in_request:
            field_dict["personalIncomeGroupId"] = personal_income_group_id
        if negative_personal_income_previous_year_owner is not UNSET and not _in_request:
            field_dict["negativePersonalIncomePreviousYearOwner"] = negative_personal_income_previous_year_owner
        if negative_personal_income_previous_year_spouse is not UNSET and not _in_request:
            field_dict["negativePersonalIncomePreviousYearSpouse"] = negative_personal_income_previous_year_spouse
        if coordination_other_personal_income_owner is not UNSET and not _in_request:
            field_dict["coordinationOtherPersonalIncomeOwner"] = coordination_other_personal_income_owner
        if coordination_other_personal_income_spouse is not UNSET and not _in_request:
            field_dict["coordinationOtherPersonalIncomeSpouse"] = coordination_other_personal_income_spouse
        if coordination_coordination_general_partnership_owner is not UNSET and not _in_request:
            field_dict["coordinationCoordinationGeneralPartnershipOwner"] = (
                coordination_coordination_general_partnership_owner
            )
        if coordination_coordination_general_partnership_spouse is not UNSET and not _in_request:
            field_dict["coordinationCoordinationGeneralPartnershipSpouse"] = (
                coordination_coordination_general_partnership_spouse
            )
        if annual_personal_income_owner is not UNSET and not _in_request:
            field_dict["annualPersonalIncomeOwner"] = annual_personal_income_owner
        if annual_personal_income_spouse is not UNSET and not _in_request:
            field_dict["annualPersonalIncomeSpouse"] = annual_personal_income_spouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        business_activity_type_description = d.pop("businessActivityTypeDescription", UNSET)

        corrected_business_income = d.pop("correctedBusinessIncome", UNSET)

        risk_free_return = d.pop("riskFreeReturn", UNSET)

        deductions_for_risk_free_return = d.pop("deductionsForRiskFreeReturn", UNSET)

        spouse_sharing_percentage = d.pop("spouseSharingPercentage", UNSET)

        personal_income_for_the_year = d.pop("personalIncomeForTheYear", UNSET)

        after_shared_with_spouse = d.pop("afterSharedWithSpouse", UNSET)

        calculated_personal_income_spouse = d.pop("calculatedPersonalIncomeSpouse", UNSET)

        personal_income_group_id = d.pop("personalIncomeGroupId", UNSET)

        negative_personal_income_previous_year_owner = d.pop("negativePersonalIncomePreviousYearOwner", UNSET)

        negative_personal_income_previous_year_spouse = d.pop("negativePersonalIncomePreviousYearSpouse", UNSET)

        coordination_other_personal_income_owner = d.pop("coordinationOtherPersonalIncomeOwner", UNSET)

        coordination_other_personal_income_spouse = d.pop("coordinationOtherPersonalIncomeSpouse", UNSET)

        coordination_coordination_general_partnership_owner = d.pop(
            "coordinationCoordinationGeneralPartnershipOwner", UNSET
        )

        coordination_coordination_general_partnership_spouse = d.pop(
            "coordinationCoordinationGeneralPartnershipSpouse", UNSET
        )

        annual_personal_income_owner = d.pop("annualPersonalIncomeOwner", UNSET)

        annual_personal_income_spouse = d.pop("annualPersonalIncomeSpouse", UNSET)

        _obj = cls(
            business_activity_type_description=business_activity_type_description,
            corrected_business_income=corrected_business_income,
            risk_free_return=risk_free_return,
            deductions_for_risk_free_return=deductions_for_risk_free_return,
            spouse_sharing_percentage=spouse_sharing_percentage,
            personal_income_for_the_year=personal_income_for_the_year,
            after_shared_with_spouse=after_shared_with_spouse,
            calculated_personal_income_spouse=calculated_personal_income_spouse,
            personal_income_group_id=personal_income_group_id,
            negative_personal_income_previous_year_owner=negative_personal_income_previous_year_owner,
            negative_personal_income_previous_year_spouse=negative_personal_income_previous_year_spouse,
            coordination_other_personal_income_owner=coordination_other_personal_income_owner,
            coordination_other_personal_income_spouse=coordination_other_personal_income_spouse,
            coordination_coordination_general_partnership_owner=coordination_coordination_general_partnership_owner,
            coordination_coordination_general_partnership_spouse=coordination_coordination_general_partnership_spouse,
            annual_personal_income_owner=annual_personal_income_owner,
            annual_personal_income_spouse=annual_personal_income_spouse,
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
