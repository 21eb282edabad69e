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

T = TypeVar("T", bound="TaxAssessmentPersonalIncome")


@_attrs_define
class TaxAssessmentPersonalIncome(Model):
    """Personal income

    Attributes:
        business_activity_type_description (str | Unset):
        corrected_business_income (float | Unset):
        risk_free_return (float | Unset):
        deductions_for_risk_free_return (float | Unset):
        spouse_sharing_percentage (float | Unset):
        personal_income_for_the_year (float | Unset):
        after_shared_with_spouse (float | Unset):
        calculated_personal_income_spouse (float | Unset):
        personal_income_group_id (float | Unset):
        negative_personal_income_previous_year_owner (float | Unset):
        negative_personal_income_previous_year_spouse (float | Unset):
        coordination_other_personal_income_owner (float | Unset):
        coordination_other_personal_income_spouse (float | Unset):
        coordination_coordination_general_partnership_owner (float | Unset):
        coordination_coordination_general_partnership_spouse (float | Unset):
        annual_personal_income_owner (float | Unset):
        annual_personal_income_spouse (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.business_activity_type_description
        if _v is not UNSET:
            field_dict["businessActivityTypeDescription"] = _v
        _v = self.corrected_business_income
        if _v is not UNSET and not _in_request:
            field_dict["correctedBusinessIncome"] = _v
        _v = self.risk_free_return
        if _v is not UNSET and not _in_request:
            field_dict["riskFreeReturn"] = _v
        _v = self.deductions_for_risk_free_return
        if _v is not UNSET and not _in_request:
            field_dict["deductionsForRiskFreeReturn"] = _v
        _v = self.spouse_sharing_percentage
        if _v is not UNSET and not _in_request:
            field_dict["spouseSharingPercentage"] = _v
        _v = self.personal_income_for_the_year
        if _v is not UNSET and not _in_request:
            field_dict["personalIncomeForTheYear"] = _v
        _v = self.after_shared_with_spouse
        if _v is not UNSET and not _in_request:
            field_dict["afterSharedWithSpouse"] = _v
        _v = self.calculated_personal_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["calculatedPersonalIncomeSpouse"] = _v
        _v = self.personal_income_group_id
        if _v is not UNSET and not _in_request:
            field_dict["personalIncomeGroupId"] = _v
        _v = self.negative_personal_income_previous_year_owner
        if _v is not UNSET and not _in_request:
            field_dict["negativePersonalIncomePreviousYearOwner"] = _v
        _v = self.negative_personal_income_previous_year_spouse
        if _v is not UNSET and not _in_request:
            field_dict["negativePersonalIncomePreviousYearSpouse"] = _v
        _v = self.coordination_other_personal_income_owner
        if _v is not UNSET and not _in_request:
            field_dict["coordinationOtherPersonalIncomeOwner"] = _v
        _v = self.coordination_other_personal_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["coordinationOtherPersonalIncomeSpouse"] = _v
        _v = self.coordination_coordination_general_partnership_owner
        if _v is not UNSET and not _in_request:
            field_dict["coordinationCoordinationGeneralPartnershipOwner"] = _v
        _v = self.coordination_coordination_general_partnership_spouse
        if _v is not UNSET and not _in_request:
            field_dict["coordinationCoordinationGeneralPartnershipSpouse"] = _v
        _v = self.annual_personal_income_owner
        if _v is not UNSET and not _in_request:
            field_dict["annualPersonalIncomeOwner"] = _v
        _v = self.annual_personal_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["annualPersonalIncomeSpouse"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentPersonalIncome from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessmentPersonalIncome.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "businessActivityTypeDescription": "business_activity_type_description",
            "correctedBusinessIncome": "corrected_business_income",
            "riskFreeReturn": "risk_free_return",
            "deductionsForRiskFreeReturn": "deductions_for_risk_free_return",
            "spouseSharingPercentage": "spouse_sharing_percentage",
            "personalIncomeForTheYear": "personal_income_for_the_year",
            "afterSharedWithSpouse": "after_shared_with_spouse",
            "calculatedPersonalIncomeSpouse": "calculated_personal_income_spouse",
            "personalIncomeGroupId": "personal_income_group_id",
            "negativePersonalIncomePreviousYearOwner": "negative_personal_income_previous_year_owner",
            "negativePersonalIncomePreviousYearSpouse": "negative_personal_income_previous_year_spouse",
            "coordinationOtherPersonalIncomeOwner": "coordination_other_personal_income_owner",
            "coordinationOtherPersonalIncomeSpouse": "coordination_other_personal_income_spouse",
            "coordinationCoordinationGeneralPartnershipOwner": "coordination_coordination_general_partnership_owner",
            "coordinationCoordinationGeneralPartnershipSpouse": "coordination_coordination_general_partnership_spouse",
            "annualPersonalIncomeOwner": "annual_personal_income_owner",
            "annualPersonalIncomeSpouse": "annual_personal_income_spouse",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.business_activity_type_description = o.corrected_business_income = o.risk_free_return = (
                        o.deductions_for_risk_free_return
                    ) = o.spouse_sharing_percentage = o.personal_income_for_the_year = o.after_shared_with_spouse = (
                        o.calculated_personal_income_spouse
                    ) = o.personal_income_group_id = o.negative_personal_income_previous_year_owner = (
                        o.negative_personal_income_previous_year_spouse
                    ) = o.coordination_other_personal_income_owner = o.coordination_other_personal_income_spouse = (
                        o.coordination_coordination_general_partnership_owner
                    ) = o.coordination_coordination_general_partnership_spouse = o.annual_personal_income_owner = (
                        o.annual_personal_income_spouse
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("businessActivityTypeDescription")
                if v is None:
                    o.business_activity_type_description = u
                    if "businessActivityTypeDescription" not in d:
                        m += 1
                else:
                    o.business_activity_type_description = v
                v = g("correctedBusinessIncome")
                if v is None:
                    o.corrected_business_income = u
                    if "correctedBusinessIncome" not in d:
                        m += 1
                else:
                    o.corrected_business_income = v
                v = g("riskFreeReturn")
                if v is None:
                    o.risk_free_return = u
                    if "riskFreeReturn" not in d:
                        m += 1
                else:
                    o.risk_free_return = v
                v = g("deductionsForRiskFreeReturn")
                if v is None:
                    o.deductions_for_risk_free_return = u
                    if "deductionsForRiskFreeReturn" not in d:
                        m += 1
                else:
                    o.deductions_for_risk_free_return = v
                v = g("spouseSharingPercentage")
                if v is None:
                    o.spouse_sharing_percentage = u
                    if "spouseSharingPercentage" not in d:
                        m += 1
                else:
                    o.spouse_sharing_percentage = v
                v = g("personalIncomeForTheYear")
                if v is None:
                    o.personal_income_for_the_year = u
                    if "personalIncomeForTheYear" not in d:
                        m += 1
                else:
                    o.personal_income_for_the_year = v
                v = g("afterSharedWithSpouse")
                if v is None:
                    o.after_shared_with_spouse = u
                    if "afterSharedWithSpouse" not in d:
                        m += 1
                else:
                    o.after_shared_with_spouse = v
                v = g("calculatedPersonalIncomeSpouse")
                if v is None:
                    o.calculated_personal_income_spouse = u
                    if "calculatedPersonalIncomeSpouse" not in d:
                        m += 1
                else:
                    o.calculated_personal_income_spouse = v
                v = g("personalIncomeGroupId")
                if v is None:
                    o.personal_income_group_id = u
                    if "personalIncomeGroupId" not in d:
                        m += 1
                else:
                    o.personal_income_group_id = v
                v = g("negativePersonalIncomePreviousYearOwner")
                if v is None:
                    o.negative_personal_income_previous_year_owner = u
                    if "negativePersonalIncomePreviousYearOwner" not in d:
                        m += 1
                else:
                    o.negative_personal_income_previous_year_owner = v
                v = g("negativePersonalIncomePreviousYearSpouse")
                if v is None:
                    o.negative_personal_income_previous_year_spouse = u
                    if "negativePersonalIncomePreviousYearSpouse" not in d:
                        m += 1
                else:
                    o.negative_personal_income_previous_year_spouse = v
                v = g("coordinationOtherPersonalIncomeOwner")
                if v is None:
                    o.coordination_other_personal_income_owner = u
                    if "coordinationOtherPersonalIncomeOwner" not in d:
                        m += 1
                else:
                    o.coordination_other_personal_income_owner = v
                v = g("coordinationOtherPersonalIncomeSpouse")
                if v is None:
                    o.coordination_other_personal_income_spouse = u
                    if "coordinationOtherPersonalIncomeSpouse" not in d:
                        m += 1
                else:
                    o.coordination_other_personal_income_spouse = v
                v = g("coordinationCoordinationGeneralPartnershipOwner")
                if v is None:
                    o.coordination_coordination_general_partnership_owner = u
                    if "coordinationCoordinationGeneralPartnershipOwner" not in d:
                        m += 1
                else:
                    o.coordination_coordination_general_partnership_owner = v
                v = g("coordinationCoordinationGeneralPartnershipSpouse")
                if v is None:
                    o.coordination_coordination_general_partnership_spouse = u
                    if "coordinationCoordinationGeneralPartnershipSpouse" not in d:
                        m += 1
                else:
                    o.coordination_coordination_general_partnership_spouse = v
                v = g("annualPersonalIncomeOwner")
                if v is None:
                    o.annual_personal_income_owner = u
                    if "annualPersonalIncomeOwner" not in d:
                        m += 1
                else:
                    o.annual_personal_income_owner = v
                v = g("annualPersonalIncomeSpouse")
                if v is None:
                    o.annual_personal_income_spouse = u
                    if "annualPersonalIncomeSpouse" not in d:
                        m += 1
                else:
                    o.annual_personal_income_spouse = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("business_activity_type_description", "businessActivityTypeDescription"),
            ("corrected_business_income", "correctedBusinessIncome"),
            ("risk_free_return", "riskFreeReturn"),
            ("deductions_for_risk_free_return", "deductionsForRiskFreeReturn"),
            ("spouse_sharing_percentage", "spouseSharingPercentage"),
            ("personal_income_for_the_year", "personalIncomeForTheYear"),
            ("after_shared_with_spouse", "afterSharedWithSpouse"),
            ("calculated_personal_income_spouse", "calculatedPersonalIncomeSpouse"),
            ("personal_income_group_id", "personalIncomeGroupId"),
            ("negative_personal_income_previous_year_owner", "negativePersonalIncomePreviousYearOwner"),
            ("negative_personal_income_previous_year_spouse", "negativePersonalIncomePreviousYearSpouse"),
            ("coordination_other_personal_income_owner", "coordinationOtherPersonalIncomeOwner"),
            ("coordination_other_personal_income_spouse", "coordinationOtherPersonalIncomeSpouse"),
            ("coordination_coordination_general_partnership_owner", "coordinationCoordinationGeneralPartnershipOwner"),
            (
                "coordination_coordination_general_partnership_spouse",
                "coordinationCoordinationGeneralPartnershipSpouse",
            ),
            ("annual_personal_income_owner", "annualPersonalIncomeOwner"),
            ("annual_personal_income_spouse", "annualPersonalIncomeSpouse"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.business_activity_type_description
            o.business_activity_type_description = u if v is None else v
            v = s.corrected_business_income
            o.corrected_business_income = u if v is None else v
            v = s.risk_free_return
            o.risk_free_return = u if v is None else v
            v = s.deductions_for_risk_free_return
            o.deductions_for_risk_free_return = u if v is None else v
            v = s.spouse_sharing_percentage
            o.spouse_sharing_percentage = u if v is None else v
            v = s.personal_income_for_the_year
            o.personal_income_for_the_year = u if v is None else v
            v = s.after_shared_with_spouse
            o.after_shared_with_spouse = u if v is None else v
            v = s.calculated_personal_income_spouse
            o.calculated_personal_income_spouse = u if v is None else v
            v = s.personal_income_group_id
            o.personal_income_group_id = u if v is None else v
            v = s.negative_personal_income_previous_year_owner
            o.negative_personal_income_previous_year_owner = u if v is None else v
            v = s.negative_personal_income_previous_year_spouse
            o.negative_personal_income_previous_year_spouse = u if v is None else v
            v = s.coordination_other_personal_income_owner
            o.coordination_other_personal_income_owner = u if v is None else v
            v = s.coordination_other_personal_income_spouse
            o.coordination_other_personal_income_spouse = u if v is None else v
            v = s.coordination_coordination_general_partnership_owner
            o.coordination_coordination_general_partnership_owner = u if v is None else v
            v = s.coordination_coordination_general_partnership_spouse
            o.coordination_coordination_general_partnership_spouse = u if v is None else v
            v = s.annual_personal_income_owner
            o.annual_personal_income_owner = u if v is None else v
            v = s.annual_personal_income_spouse
            o.annual_personal_income_spouse = u if v is None else v
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
