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

T = TypeVar("T", bound="TaxAssessmentPersonalIncome")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessmentPersonalIncome(LazyModel):
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
        self._tx_load()
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
        """A TaxAssessmentPersonalIncome from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "businessActivityTypeDescription",
                "correctedBusinessIncome",
                "riskFreeReturn",
                "deductionsForRiskFreeReturn",
                "spouseSharingPercentage",
                "personalIncomeForTheYear",
                "afterSharedWithSpouse",
                "calculatedPersonalIncomeSpouse",
                "personalIncomeGroupId",
                "negativePersonalIncomePreviousYearOwner",
                "negativePersonalIncomePreviousYearSpouse",
                "coordinationOtherPersonalIncomeOwner",
                "coordinationOtherPersonalIncomeSpouse",
                "coordinationCoordinationGeneralPartnershipOwner",
                "coordinationCoordinationGeneralPartnershipSpouse",
                "annualPersonalIncomeOwner",
                "annualPersonalIncomeSpouse",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "business_activity_type_description": ("businessActivityTypeDescription", None),
            "corrected_business_income": ("correctedBusinessIncome", None),
            "risk_free_return": ("riskFreeReturn", None),
            "deductions_for_risk_free_return": ("deductionsForRiskFreeReturn", None),
            "spouse_sharing_percentage": ("spouseSharingPercentage", None),
            "personal_income_for_the_year": ("personalIncomeForTheYear", None),
            "after_shared_with_spouse": ("afterSharedWithSpouse", None),
            "calculated_personal_income_spouse": ("calculatedPersonalIncomeSpouse", None),
            "personal_income_group_id": ("personalIncomeGroupId", None),
            "negative_personal_income_previous_year_owner": ("negativePersonalIncomePreviousYearOwner", None),
            "negative_personal_income_previous_year_spouse": ("negativePersonalIncomePreviousYearSpouse", None),
            "coordination_other_personal_income_owner": ("coordinationOtherPersonalIncomeOwner", None),
            "coordination_other_personal_income_spouse": ("coordinationOtherPersonalIncomeSpouse", None),
            "coordination_coordination_general_partnership_owner": (
                "coordinationCoordinationGeneralPartnershipOwner",
                None,
            ),
            "coordination_coordination_general_partnership_spouse": (
                "coordinationCoordinationGeneralPartnershipSpouse",
                None,
            ),
            "annual_personal_income_owner": ("annualPersonalIncomeOwner", None),
            "annual_personal_income_spouse": ("annualPersonalIncomeSpouse", None),
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
