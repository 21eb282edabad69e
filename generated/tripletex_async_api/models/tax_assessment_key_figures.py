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

T = TypeVar("T", bound="TaxAssessmentKeyFigures")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessmentKeyFigures(LazyModel):
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
        self._tx_load()
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
        """A TaxAssessmentKeyFigures from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "personalIncome",
                "personalIncomeSpouse",
                "salaryIncome",
                "salaryIncomeSpouse",
                "pensionableIncome",
                "pensionableIncomeSpouse",
                "sickPayFishingHuntingEtc",
                "sickPayFishingHuntingEtcSpouse",
                "sickPayAgriculture",
                "sickPayAgricultureSpouse",
                "sickPayOther",
                "sickPayOtherSpouse",
                "basisSickPayAndBracketTax",
                "basisSickPayAndBracketTaxSpouse",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "personal_income": ("personalIncome", None),
            "personal_income_spouse": ("personalIncomeSpouse", None),
            "salary_income": ("salaryIncome", None),
            "salary_income_spouse": ("salaryIncomeSpouse", None),
            "pensionable_income": ("pensionableIncome", None),
            "pensionable_income_spouse": ("pensionableIncomeSpouse", None),
            "sick_pay_fishing_hunting_etc": ("sickPayFishingHuntingEtc", None),
            "sick_pay_fishing_hunting_etc_spouse": ("sickPayFishingHuntingEtcSpouse", None),
            "sick_pay_agriculture": ("sickPayAgriculture", None),
            "sick_pay_agriculture_spouse": ("sickPayAgricultureSpouse", None),
            "sick_pay_other": ("sickPayOther", None),
            "sick_pay_other_spouse": ("sickPayOtherSpouse", None),
            "basis_sick_pay_and_bracket_tax": ("basisSickPayAndBracketTax", None),
            "basis_sick_pay_and_bracket_tax_spouse": ("basisSickPayAndBracketTaxSpouse", None),
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
