from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxAssessmentKeyFigures")


@_attrs_define
class TaxAssessmentKeyFigures:
    """Key figures

    Attributes:
        personal_income (float | Unset): [read-only]
        personal_income_spouse (float | Unset): [read-only]
        salary_income (float | Unset): [read-only]
        salary_income_spouse (float | Unset): [read-only]
        pensionable_income (float | Unset): [read-only]
        pensionable_income_spouse (float | Unset): [read-only]
        sick_pay_fishing_hunting_etc (float | Unset): [read-only]
        sick_pay_fishing_hunting_etc_spouse (float | Unset): [read-only]
        sick_pay_agriculture (float | Unset): [read-only]
        sick_pay_agriculture_spouse (float | Unset): [read-only]
        sick_pay_other (float | Unset): [read-only]
        sick_pay_other_spouse (float | Unset): [read-only]
        basis_sick_pay_and_bracket_tax (float | Unset): [read-only]
        basis_sick_pay_and_bracket_tax_spouse (float | Unset): [read-only]
    """

    personal_income: float | Unset = UNSET
    personal_income_spouse: float | Unset = UNSET
    salary_income: float | Unset = UNSET
    salary_income_spouse: float | Unset = UNSET
    pensionable_income: float | Unset = UNSET
    pensionable_income_spouse: float | Unset = UNSET
    sick_pay_fishing_hunting_etc: float | Unset = UNSET
    sick_pay_fishing_hunting_etc_spouse: float | Unset = UNSET
    sick_pay_agriculture: float | Unset = UNSET
    sick_pay_agriculture_spouse: float | Unset = UNSET
    sick_pay_other: float | Unset = UNSET
    sick_pay_other_spouse: float | Unset = UNSET
    basis_sick_pay_and_bracket_tax: float | Unset = UNSET
    basis_sick_pay_and_bracket_tax_spouse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        personal_income = self.personal_income

        personal_income_spouse = self.personal_income_spouse

        salary_income = self.salary_income

        salary_income_spouse = self.salary_income_spouse

        pensionable_income = self.pensionable_income

        pensionable_income_spouse = self.pensionable_income_spouse

        sick_pay_fishing_hunting_etc = self.sick_pay_fishing_hunting_etc

        sick_pay_fishing_hunting_etc_spouse = self.sick_pay_fishing_hunting_etc_spouse

        sick_pay_agriculture = self.sick_pay_agriculture

        sick_pay_agriculture_spouse = self.sick_pay_agriculture_spouse

        sick_pay_other = self.sick_pay_other

        sick_pay_other_spouse = self.sick_pay_other_spouse

        basis_sick_pay_and_bracket_tax = self.basis_sick_pay_and_bracket_tax

        basis_sick_pay_and_bracket_tax_spouse = self.basis_sick_pay_and_bracket_tax_spouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if personal_income is not UNSET and not _in_request:
            field_dict["personalIncome"] = personal_income
        if personal_income_spouse is not UNSET and not _in_request:
            field_dict["personalIncomeSpouse"] = personal_income_spouse
        if salary_income is not UNSET and not _in_request:
            field_dict["salaryIncome"] = salary_income
        if salary_income_spouse is not UNSET and not _in_request:
            field_dict["salaryIncomeSpouse"] = salary_income_spouse
        if pensionable_income is not UNSET and not _in_request:
            field_dict["pensionableIncome"] = pensionable_income
        if pensionable_income_spouse is not UNSET and not _in_request:
            field_dict["pensionableIncomeSpouse"] = pensionable_income_spouse
        if sick_pay_fishing_hunting_etc is not UNSET and not _in_request:
            field_dict["sickPayFishingHuntingEtc"] = sick_pay_fishing_hunting_etc
        if sick_pay_fishing_hunting_etc_spouse is not UNSET and not _in_request:
            field_dict["sickPayFishingHuntingEtcSpouse"] = sick_pay_fishing_hunting_etc_spouse
        if sick_pay_agriculture is not UNSET and not _in_request:
            field_dict["sickPayAgriculture"] = sick_pay_agriculture
        if sick_pay_agriculture_spouse is not UNSET and not _in_request:
            field_dict["sickPayAgricultureSpouse"] = sick_pay_agriculture_spouse
        if sick_pay_other is not UNSET and not _in_request:
            field_dict["sickPayOther"] = sick_pay_other
        if sick_pay_other_spouse is not UNSET and not _in_request:
            field_dict["sickPayOtherSpouse"] = sick_pay_other_spouse
        if basis_sick_pay_and_bracket_tax is not UNSET and not _in_request:
            field_dict["basisSickPayAndBracketTax"] = basis_sick_pay_and_bracket_tax
        if basis_sick_pay_and_bracket_tax_spouse is not UNSET and not _in_request:
            field_dict["basisSickPayAndBracketTaxSpouse"] = basis_sick_pay_and_bracket_tax_spouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        personal_income = d.pop("personalIncome", UNSET)

        personal_income_spouse = d.pop("personalIncomeSpouse", UNSET)

        salary_income = d.pop("salaryIncome", UNSET)

        salary_income_spouse = d.pop("salaryIncomeSpouse", UNSET)

        pensionable_income = d.pop("pensionableIncome", UNSET)

        pensionable_income_spouse = d.pop("pensionableIncomeSpouse", UNSET)

        sick_pay_fishing_hunting_etc = d.pop("sickPayFishingHuntingEtc", UNSET)

        sick_pay_fishing_hunting_etc_spouse = d.pop("sickPayFishingHuntingEtcSpouse", UNSET)

        sick_pay_agriculture = d.pop("sickPayAgriculture", UNSET)

        sick_pay_agriculture_spouse = d.pop("sickPayAgricultureSpouse", UNSET)

        sick_pay_other = d.pop("sickPayOther", UNSET)

        sick_pay_other_spouse = d.pop("sickPayOtherSpouse", UNSET)

        basis_sick_pay_and_bracket_tax = d.pop("basisSickPayAndBracketTax", UNSET)

        basis_sick_pay_and_bracket_tax_spouse = d.pop("basisSickPayAndBracketTaxSpouse", UNSET)

        _obj = cls(
            personal_income=personal_income,
            personal_income_spouse=personal_income_spouse,
            salary_income=salary_income,
            salary_income_spouse=salary_income_spouse,
            pensionable_income=pensionable_income,
            pensionable_income_spouse=pensionable_income_spouse,
            sick_pay_fishing_hunting_etc=sick_pay_fishing_hunting_etc,
            sick_pay_fishing_hunting_etc_spouse=sick_pay_fishing_hunting_etc_spouse,
            sick_pay_agriculture=sick_pay_agriculture,
            sick_pay_agriculture_spouse=sick_pay_agriculture_spouse,
            sick_pay_other=sick_pay_other,
            sick_pay_other_spouse=sick_pay_other_spouse,
            basis_sick_pay_and_bracket_tax=basis_sick_pay_and_bracket_tax,
            basis_sick_pay_and_bracket_tax_spouse=basis_sick_pay_and_bracket_tax_spouse,
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
