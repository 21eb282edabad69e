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

T = TypeVar("T", bound="TaxAssessmentKeyFigures")


@_attrs_define
class TaxAssessmentKeyFigures(Model):
    """Key figures

    Attributes:
        personal_income (float | Unset):
        personal_income_spouse (float | Unset):
        salary_income (float | Unset):
        salary_income_spouse (float | Unset):
        pensionable_income (float | Unset):
        pensionable_income_spouse (float | Unset):
        sick_pay_fishing_hunting_etc (float | Unset):
        sick_pay_fishing_hunting_etc_spouse (float | Unset):
        sick_pay_agriculture (float | Unset):
        sick_pay_agriculture_spouse (float | Unset):
        sick_pay_other (float | Unset):
        sick_pay_other_spouse (float | Unset):
        basis_sick_pay_and_bracket_tax (float | Unset):
        basis_sick_pay_and_bracket_tax_spouse (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.personal_income
        if _v is not UNSET and not _in_request:
            field_dict["personalIncome"] = _v
        _v = self.personal_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["personalIncomeSpouse"] = _v
        _v = self.salary_income
        if _v is not UNSET and not _in_request:
            field_dict["salaryIncome"] = _v
        _v = self.salary_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["salaryIncomeSpouse"] = _v
        _v = self.pensionable_income
        if _v is not UNSET and not _in_request:
            field_dict["pensionableIncome"] = _v
        _v = self.pensionable_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["pensionableIncomeSpouse"] = _v
        _v = self.sick_pay_fishing_hunting_etc
        if _v is not UNSET and not _in_request:
            field_dict["sickPayFishingHuntingEtc"] = _v
        _v = self.sick_pay_fishing_hunting_etc_spouse
        if _v is not UNSET and not _in_request:
            field_dict["sickPayFishingHuntingEtcSpouse"] = _v
        _v = self.sick_pay_agriculture
        if _v is not UNSET and not _in_request:
            field_dict["sickPayAgriculture"] = _v
        _v = self.sick_pay_agriculture_spouse
        if _v is not UNSET and not _in_request:
            field_dict["sickPayAgricultureSpouse"] = _v
        _v = self.sick_pay_other
        if _v is not UNSET and not _in_request:
            field_dict["sickPayOther"] = _v
        _v = self.sick_pay_other_spouse
        if _v is not UNSET and not _in_request:
            field_dict["sickPayOtherSpouse"] = _v
        _v = self.basis_sick_pay_and_bracket_tax
        if _v is not UNSET and not _in_request:
            field_dict["basisSickPayAndBracketTax"] = _v
        _v = self.basis_sick_pay_and_bracket_tax_spouse
        if _v is not UNSET and not _in_request:
            field_dict["basisSickPayAndBracketTaxSpouse"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentKeyFigures from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessmentKeyFigures.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "personalIncome": "personal_income",
            "personalIncomeSpouse": "personal_income_spouse",
            "salaryIncome": "salary_income",
            "salaryIncomeSpouse": "salary_income_spouse",
            "pensionableIncome": "pensionable_income",
            "pensionableIncomeSpouse": "pensionable_income_spouse",
            "sickPayFishingHuntingEtc": "sick_pay_fishing_hunting_etc",
            "sickPayFishingHuntingEtcSpouse": "sick_pay_fishing_hunting_etc_spouse",
            "sickPayAgriculture": "sick_pay_agriculture",
            "sickPayAgricultureSpouse": "sick_pay_agriculture_spouse",
            "sickPayOther": "sick_pay_other",
            "sickPayOtherSpouse": "sick_pay_other_spouse",
            "basisSickPayAndBracketTax": "basis_sick_pay_and_bracket_tax",
            "basisSickPayAndBracketTaxSpouse": "basis_sick_pay_and_bracket_tax_spouse",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.personal_income = o.personal_income_spouse = o.salary_income = o.salary_income_spouse = (
                        o.pensionable_income
                    ) = o.pensionable_income_spouse = o.sick_pay_fishing_hunting_etc = (
                        o.sick_pay_fishing_hunting_etc_spouse
                    ) = o.sick_pay_agriculture = o.sick_pay_agriculture_spouse = o.sick_pay_other = (
                        o.sick_pay_other_spouse
                    ) = o.basis_sick_pay_and_bracket_tax = o.basis_sick_pay_and_bracket_tax_spouse = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("personalIncome")
                if v is None:
                    o.personal_income = u
                    if "personalIncome" not in d:
                        m += 1
                else:
                    o.personal_income = v
                v = g("personalIncomeSpouse")
                if v is None:
                    o.personal_income_spouse = u
                    if "personalIncomeSpouse" not in d:
                        m += 1
                else:
                    o.personal_income_spouse = v
                v = g("salaryIncome")
                if v is None:
                    o.salary_income = u
                    if "salaryIncome" not in d:
                        m += 1
                else:
                    o.salary_income = v
                v = g("salaryIncomeSpouse")
                if v is None:
                    o.salary_income_spouse = u
                    if "salaryIncomeSpouse" not in d:
                        m += 1
                else:
                    o.salary_income_spouse = v
                v = g("pensionableIncome")
                if v is None:
                    o.pensionable_income = u
                    if "pensionableIncome" not in d:
                        m += 1
                else:
                    o.pensionable_income = v
                v = g("pensionableIncomeSpouse")
                if v is None:
                    o.pensionable_income_spouse = u
                    if "pensionableIncomeSpouse" not in d:
                        m += 1
                else:
                    o.pensionable_income_spouse = v
                v = g("sickPayFishingHuntingEtc")
                if v is None:
                    o.sick_pay_fishing_hunting_etc = u
                    if "sickPayFishingHuntingEtc" not in d:
                        m += 1
                else:
                    o.sick_pay_fishing_hunting_etc = v
                v = g("sickPayFishingHuntingEtcSpouse")
                if v is None:
                    o.sick_pay_fishing_hunting_etc_spouse = u
                    if "sickPayFishingHuntingEtcSpouse" not in d:
                        m += 1
                else:
                    o.sick_pay_fishing_hunting_etc_spouse = v
                v = g("sickPayAgriculture")
                if v is None:
                    o.sick_pay_agriculture = u
                    if "sickPayAgriculture" not in d:
                        m += 1
                else:
                    o.sick_pay_agriculture = v
                v = g("sickPayAgricultureSpouse")
                if v is None:
                    o.sick_pay_agriculture_spouse = u
                    if "sickPayAgricultureSpouse" not in d:
                        m += 1
                else:
                    o.sick_pay_agriculture_spouse = v
                v = g("sickPayOther")
                if v is None:
                    o.sick_pay_other = u
                    if "sickPayOther" not in d:
                        m += 1
                else:
                    o.sick_pay_other = v
                v = g("sickPayOtherSpouse")
                if v is None:
                    o.sick_pay_other_spouse = u
                    if "sickPayOtherSpouse" not in d:
                        m += 1
                else:
                    o.sick_pay_other_spouse = v
                v = g("basisSickPayAndBracketTax")
                if v is None:
                    o.basis_sick_pay_and_bracket_tax = u
                    if "basisSickPayAndBracketTax" not in d:
                        m += 1
                else:
                    o.basis_sick_pay_and_bracket_tax = v
                v = g("basisSickPayAndBracketTaxSpouse")
                if v is None:
                    o.basis_sick_pay_and_bracket_tax_spouse = u
                    if "basisSickPayAndBracketTaxSpouse" not in d:
                        m += 1
                else:
                    o.basis_sick_pay_and_bracket_tax_spouse = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("personal_income", "personalIncome"),
            ("personal_income_spouse", "personalIncomeSpouse"),
            ("salary_income", "salaryIncome"),
            ("salary_income_spouse", "salaryIncomeSpouse"),
            ("pensionable_income", "pensionableIncome"),
            ("pensionable_income_spouse", "pensionableIncomeSpouse"),
            ("sick_pay_fishing_hunting_etc", "sickPayFishingHuntingEtc"),
            ("sick_pay_fishing_hunting_etc_spouse", "sickPayFishingHuntingEtcSpouse"),
            ("sick_pay_agriculture", "sickPayAgriculture"),
            ("sick_pay_agriculture_spouse", "sickPayAgricultureSpouse"),
            ("sick_pay_other", "sickPayOther"),
            ("sick_pay_other_spouse", "sickPayOtherSpouse"),
            ("basis_sick_pay_and_bracket_tax", "basisSickPayAndBracketTax"),
            ("basis_sick_pay_and_bracket_tax_spouse", "basisSickPayAndBracketTaxSpouse"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.personal_income
            o.personal_income = u if v is None else v
            v = s.personal_income_spouse
            o.personal_income_spouse = u if v is None else v
            v = s.salary_income
            o.salary_income = u if v is None else v
            v = s.salary_income_spouse
            o.salary_income_spouse = u if v is None else v
            v = s.pensionable_income
            o.pensionable_income = u if v is None else v
            v = s.pensionable_income_spouse
            o.pensionable_income_spouse = u if v is None else v
            v = s.sick_pay_fishing_hunting_etc
            o.sick_pay_fishing_hunting_etc = u if v is None else v
            v = s.sick_pay_fishing_hunting_etc_spouse
            o.sick_pay_fishing_hunting_etc_spouse = u if v is None else v
            v = s.sick_pay_agriculture
            o.sick_pay_agriculture = u if v is None else v
            v = s.sick_pay_agriculture_spouse
            o.sick_pay_agriculture_spouse = u if v is None else v
            v = s.sick_pay_other
            o.sick_pay_other = u if v is None else v
            v = s.sick_pay_other_spouse
            o.sick_pay_other_spouse = u if v is None else v
            v = s.basis_sick_pay_and_bracket_tax
            o.basis_sick_pay_and_bracket_tax = u if v is None else v
            v = s.basis_sick_pay_and_bracket_tax_spouse
            o.basis_sick_pay_and_bracket_tax_spouse = u if v is None else v
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
