from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.interest_income_from_company_in_same_group import InterestIncomeFromCompanyInSameGroup
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestIncomeFromCompaniesInSameGroup")


@_attrs_define
class InterestIncomeFromCompaniesInSameGroup(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        interest_income_from_companies (list[InterestIncomeFromCompanyInSameGroup] | Unset): Interest income from
            companies in the same group
        total_interest_income (float | Unset): Total interest income
        loss_for_holder_on_realization_of_premium_discount_bonds (float | Unset): Loss for holder on realization of
            premium discount bonds
        gain_for_holder_upon_realization_of_premium_discount_bonds (float | Unset): Gain for holder upon realization of
            premium discount bonds
        loss_for_holder_on_realization_of_composite_volume_debt_instruments (float | Unset): Loss for holder on
            realization of composite volume debt instruments
        gain_for_holder_on_realization_of_composite_volume_debt_instruments (float | Unset): Gain for holder on
            realization of composite volume debt instruments
        total_interest_income_etc (float | Unset): Total interest income etc
        net_interest_expenses_to_companies (float | Unset): Net interest expenses to companies
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    interest_income_from_companies: list[InterestIncomeFromCompanyInSameGroup] | Unset = UNSET
    total_interest_income: float | Unset = UNSET
    loss_for_holder_on_realization_of_premium_discount_bonds: float | Unset = UNSET
    gain_for_holder_upon_realization_of_premium_discount_bonds: float | Unset = UNSET
    loss_for_holder_on_realization_of_composite_volume_debt_instruments: float | Unset = UNSET
    gain_for_holder_on_realization_of_composite_volume_debt_instruments: float | Unset = UNSET
    total_interest_income_etc: float | Unset = UNSET
    net_interest_expenses_to_companies: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.interest_income_from_companies
        if _v is not UNSET:
            field_dict["interestIncomeFromCompanies"] = [_e.to_dict() for _e in _v]
        _v = self.total_interest_income
        if _v is not UNSET and not _in_request:
            field_dict["totalInterestIncome"] = _v
        _v = self.loss_for_holder_on_realization_of_premium_discount_bonds
        if _v is not UNSET:
            field_dict["lossForHolderOnRealizationOfPremiumDiscountBonds"] = _v
        _v = self.gain_for_holder_upon_realization_of_premium_discount_bonds
        if _v is not UNSET:
            field_dict["gainForHolderUponRealizationOfPremiumDiscountBonds"] = _v
        _v = self.loss_for_holder_on_realization_of_composite_volume_debt_instruments
        if _v is not UNSET:
            field_dict["lossForHolderOnRealizationOfCompositeVolumeDebtInstruments"] = _v
        _v = self.gain_for_holder_on_realization_of_composite_volume_debt_instruments
        if _v is not UNSET:
            field_dict["gainForHolderOnRealizationOfCompositeVolumeDebtInstruments"] = _v
        _v = self.total_interest_income_etc
        if _v is not UNSET and not _in_request:
            field_dict["totalInterestIncomeEtc"] = _v
        _v = self.net_interest_expenses_to_companies
        if _v is not UNSET and not _in_request:
            field_dict["netInterestExpensesToCompanies"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestIncomeFromCompaniesInSameGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InterestIncomeFromCompaniesInSameGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.interest_income_from_company_in_same_group import InterestIncomeFromCompanyInSameGroup  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "interestIncomeFromCompanies",
                "totalInterestIncome",
                "lossForHolderOnRealizationOfPremiumDiscountBonds",
                "gainForHolderUponRealizationOfPremiumDiscountBonds",
                "lossForHolderOnRealizationOfCompositeVolumeDebtInstruments",
                "gainForHolderOnRealizationOfCompositeVolumeDebtInstruments",
                "totalInterestIncomeEtc",
                "netInterestExpensesToCompanies",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "totalInterestIncome": "total_interest_income",
            "lossForHolderOnRealizationOfPremiumDiscountBonds": "loss_for_holder_on_realization_of_premium_discount_bonds",
            "gainForHolderUponRealizationOfPremiumDiscountBonds": "gain_for_holder_upon_realization_of_premium_discount_bonds",
            "lossForHolderOnRealizationOfCompositeVolumeDebtInstruments": "loss_for_holder_on_realization_of_composite_volume_debt_instruments",
            "gainForHolderOnRealizationOfCompositeVolumeDebtInstruments": "gain_for_holder_on_realization_of_composite_volume_debt_instruments",
            "totalInterestIncomeEtc": "total_interest_income_etc",
            "netInterestExpensesToCompanies": "net_interest_expenses_to_companies",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.interest_income_from_companies = (
                        o.total_interest_income
                    ) = o.loss_for_holder_on_realization_of_premium_discount_bonds = (
                        o.gain_for_holder_upon_realization_of_premium_discount_bonds
                    ) = o.loss_for_holder_on_realization_of_composite_volume_debt_instruments = (
                        o.gain_for_holder_on_realization_of_composite_volume_debt_instruments
                    ) = o.total_interest_income_etc = o.net_interest_expenses_to_companies = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("subGroupId")
                if v is None:
                    o.sub_group_id = u
                    if "subGroupId" not in d:
                        m += 1
                else:
                    o.sub_group_id = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "interestIncomeFromCompanies"
                v = g("interestIncomeFromCompanies")
                if v is None:
                    o.interest_income_from_companies = u
                    if "interestIncomeFromCompanies" not in d:
                        m += 1
                else:
                    o.interest_income_from_companies = (
                        ([InterestIncomeFromCompanyInSameGroup._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalInterestIncome")
                if v is None:
                    o.total_interest_income = u
                    if "totalInterestIncome" not in d:
                        m += 1
                else:
                    o.total_interest_income = v
                v = g("lossForHolderOnRealizationOfPremiumDiscountBonds")
                if v is None:
                    o.loss_for_holder_on_realization_of_premium_discount_bonds = u
                    if "lossForHolderOnRealizationOfPremiumDiscountBonds" not in d:
                        m += 1
                else:
                    o.loss_for_holder_on_realization_of_premium_discount_bonds = v
                v = g("gainForHolderUponRealizationOfPremiumDiscountBonds")
                if v is None:
                    o.gain_for_holder_upon_realization_of_premium_discount_bonds = u
                    if "gainForHolderUponRealizationOfPremiumDiscountBonds" not in d:
                        m += 1
                else:
                    o.gain_for_holder_upon_realization_of_premium_discount_bonds = v
                v = g("lossForHolderOnRealizationOfCompositeVolumeDebtInstruments")
                if v is None:
                    o.loss_for_holder_on_realization_of_composite_volume_debt_instruments = u
                    if "lossForHolderOnRealizationOfCompositeVolumeDebtInstruments" not in d:
                        m += 1
                else:
                    o.loss_for_holder_on_realization_of_composite_volume_debt_instruments = v
                v = g("gainForHolderOnRealizationOfCompositeVolumeDebtInstruments")
                if v is None:
                    o.gain_for_holder_on_realization_of_composite_volume_debt_instruments = u
                    if "gainForHolderOnRealizationOfCompositeVolumeDebtInstruments" not in d:
                        m += 1
                else:
                    o.gain_for_holder_on_realization_of_composite_volume_debt_instruments = v
                v = g("totalInterestIncomeEtc")
                if v is None:
                    o.total_interest_income_etc = u
                    if "totalInterestIncomeEtc" not in d:
                        m += 1
                else:
                    o.total_interest_income_etc = v
                v = g("netInterestExpensesToCompanies")
                if v is None:
                    o.net_interest_expenses_to_companies = u
                    if "netInterestExpensesToCompanies" not in d:
                        m += 1
                else:
                    o.net_interest_expenses_to_companies = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("interest_income_from_companies", "interestIncomeFromCompanies"),
            ("total_interest_income", "totalInterestIncome"),
            (
                "loss_for_holder_on_realization_of_premium_discount_bonds",
                "lossForHolderOnRealizationOfPremiumDiscountBonds",
            ),
            (
                "gain_for_holder_upon_realization_of_premium_discount_bonds",
                "gainForHolderUponRealizationOfPremiumDiscountBonds",
            ),
            (
                "loss_for_holder_on_realization_of_composite_volume_debt_instruments",
                "lossForHolderOnRealizationOfCompositeVolumeDebtInstruments",
            ),
            (
                "gain_for_holder_on_realization_of_composite_volume_debt_instruments",
                "gainForHolderOnRealizationOfCompositeVolumeDebtInstruments",
            ),
            ("total_interest_income_etc", "totalInterestIncomeEtc"),
            ("net_interest_expenses_to_companies", "netInterestExpensesToCompanies"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.interest_income_from_companies
            o.interest_income_from_companies = (
                u
                if v is None or v is u
                else ([InterestIncomeFromCompanyInSameGroup._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_interest_income
            o.total_interest_income = u if v is None else v
            v = s.loss_for_holder_on_realization_of_premium_discount_bonds
            o.loss_for_holder_on_realization_of_premium_discount_bonds = u if v is None else v
            v = s.gain_for_holder_upon_realization_of_premium_discount_bonds
            o.gain_for_holder_upon_realization_of_premium_discount_bonds = u if v is None else v
            v = s.loss_for_holder_on_realization_of_composite_volume_debt_instruments
            o.loss_for_holder_on_realization_of_composite_volume_debt_instruments = u if v is None else v
            v = s.gain_for_holder_on_realization_of_composite_volume_debt_instruments
            o.gain_for_holder_on_realization_of_composite_volume_debt_instruments = u if v is None else v
            v = s.total_interest_income_etc
            o.total_interest_income_etc = u if v is None else v
            v = s.net_interest_expenses_to_companies
            o.net_interest_expenses_to_companies = u if v is None else v
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
