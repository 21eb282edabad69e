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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestLimitationCalculationOfTotalNetCosts")


@_attrs_define
class InterestLimitationCalculationOfTotalNetCosts(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        total_interest_expenses_from_account (float | Unset): Total interest expenses from account 815x
        total_interest_income_from_account (float | Unset): Total interest income from account 805x
        correction_of_interest_expenses (float | Unset): Correction of interest expenses
        correction_of_interest_income (float | Unset): Correction Of Interest Income
        guarantee_commissions_on_debt (float | Unset): Guarantee commissions on debt
        loss_on_realization_of_premium_discount_bonds (float | Unset): Loss on realization of premium discount bonds
        gain_on_realization_of_premium_discount_bonds (float | Unset): Gain on realization of premium discount bonds
        loss_on_realization_of_composite_volume_debt_instruments (float | Unset): Loss on realization of composite
            volume debt instruments
        gain_on_realization_of_composite_volume_debt_instruments (float | Unset): Gain on realization of composite
            volume debt instruments
        net_interest_costs (float | Unset): Net interest costs
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    total_interest_expenses_from_account: float | Unset = UNSET
    total_interest_income_from_account: float | Unset = UNSET
    correction_of_interest_expenses: float | Unset = UNSET
    correction_of_interest_income: float | Unset = UNSET
    guarantee_commissions_on_debt: float | Unset = UNSET
    loss_on_realization_of_premium_discount_bonds: float | Unset = UNSET
    gain_on_realization_of_premium_discount_bonds: float | Unset = UNSET
    loss_on_realization_of_composite_volume_debt_instruments: float | Unset = UNSET
    gain_on_realization_of_composite_volume_debt_instruments: float | Unset = UNSET
    net_interest_costs: float | Unset = UNSET
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
        _v = self.total_interest_expenses_from_account
        if _v is not UNSET:
            field_dict["totalInterestExpensesFromAccount"] = _v
        _v = self.total_interest_income_from_account
        if _v is not UNSET:
            field_dict["totalInterestIncomeFromAccount"] = _v
        _v = self.correction_of_interest_expenses
        if _v is not UNSET:
            field_dict["correctionOfInterestExpenses"] = _v
        _v = self.correction_of_interest_income
        if _v is not UNSET:
            field_dict["correctionOfInterestIncome"] = _v
        _v = self.guarantee_commissions_on_debt
        if _v is not UNSET:
            field_dict["guaranteeCommissionsOnDebt"] = _v
        _v = self.loss_on_realization_of_premium_discount_bonds
        if _v is not UNSET:
            field_dict["lossOnRealizationOfPremiumDiscountBonds"] = _v
        _v = self.gain_on_realization_of_premium_discount_bonds
        if _v is not UNSET:
            field_dict["gainOnRealizationOfPremiumDiscountBonds"] = _v
        _v = self.loss_on_realization_of_composite_volume_debt_instruments
        if _v is not UNSET:
            field_dict["lossOnRealizationOfCompositeVolumeDebtInstruments"] = _v
        _v = self.gain_on_realization_of_composite_volume_debt_instruments
        if _v is not UNSET:
            field_dict["gainOnRealizationOfCompositeVolumeDebtInstruments"] = _v
        _v = self.net_interest_costs
        if _v is not UNSET and not _in_request:
            field_dict["netInterestCosts"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestLimitationCalculationOfTotalNetCosts from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InterestLimitationCalculationOfTotalNetCosts.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "totalInterestExpensesFromAccount",
                "totalInterestIncomeFromAccount",
                "correctionOfInterestExpenses",
                "correctionOfInterestIncome",
                "guaranteeCommissionsOnDebt",
                "lossOnRealizationOfPremiumDiscountBonds",
                "gainOnRealizationOfPremiumDiscountBonds",
                "lossOnRealizationOfCompositeVolumeDebtInstruments",
                "gainOnRealizationOfCompositeVolumeDebtInstruments",
                "netInterestCosts",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "totalInterestExpensesFromAccount": "total_interest_expenses_from_account",
            "totalInterestIncomeFromAccount": "total_interest_income_from_account",
            "correctionOfInterestExpenses": "correction_of_interest_expenses",
            "correctionOfInterestIncome": "correction_of_interest_income",
            "guaranteeCommissionsOnDebt": "guarantee_commissions_on_debt",
            "lossOnRealizationOfPremiumDiscountBonds": "loss_on_realization_of_premium_discount_bonds",
            "gainOnRealizationOfPremiumDiscountBonds": "gain_on_realization_of_premium_discount_bonds",
            "lossOnRealizationOfCompositeVolumeDebtInstruments": "loss_on_realization_of_composite_volume_debt_instruments",
            "gainOnRealizationOfCompositeVolumeDebtInstruments": "gain_on_realization_of_composite_volume_debt_instruments",
            "netInterestCosts": "net_interest_costs",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = (
                        o.total_interest_expenses_from_account
                    ) = o.total_interest_income_from_account = o.correction_of_interest_expenses = (
                        o.correction_of_interest_income
                    ) = o.guarantee_commissions_on_debt = o.loss_on_realization_of_premium_discount_bonds = (
                        o.gain_on_realization_of_premium_discount_bonds
                    ) = o.loss_on_realization_of_composite_volume_debt_instruments = (
                        o.gain_on_realization_of_composite_volume_debt_instruments
                    ) = o.net_interest_costs = UNSET
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
                v = g("totalInterestExpensesFromAccount")
                if v is None:
                    o.total_interest_expenses_from_account = u
                    if "totalInterestExpensesFromAccount" not in d:
                        m += 1
                else:
                    o.total_interest_expenses_from_account = v
                v = g("totalInterestIncomeFromAccount")
                if v is None:
                    o.total_interest_income_from_account = u
                    if "totalInterestIncomeFromAccount" not in d:
                        m += 1
                else:
                    o.total_interest_income_from_account = v
                v = g("correctionOfInterestExpenses")
                if v is None:
                    o.correction_of_interest_expenses = u
                    if "correctionOfInterestExpenses" not in d:
                        m += 1
                else:
                    o.correction_of_interest_expenses = v
                v = g("correctionOfInterestIncome")
                if v is None:
                    o.correction_of_interest_income = u
                    if "correctionOfInterestIncome" not in d:
                        m += 1
                else:
                    o.correction_of_interest_income = v
                v = g("guaranteeCommissionsOnDebt")
                if v is None:
                    o.guarantee_commissions_on_debt = u
                    if "guaranteeCommissionsOnDebt" not in d:
                        m += 1
                else:
                    o.guarantee_commissions_on_debt = v
                v = g("lossOnRealizationOfPremiumDiscountBonds")
                if v is None:
                    o.loss_on_realization_of_premium_discount_bonds = u
                    if "lossOnRealizationOfPremiumDiscountBonds" not in d:
                        m += 1
                else:
                    o.loss_on_realization_of_premium_discount_bonds = v
                v = g("gainOnRealizationOfPremiumDiscountBonds")
                if v is None:
                    o.gain_on_realization_of_premium_discount_bonds = u
                    if "gainOnRealizationOfPremiumDiscountBonds" not in d:
                        m += 1
                else:
                    o.gain_on_realization_of_premium_discount_bonds = v
                v = g("lossOnRealizationOfCompositeVolumeDebtInstruments")
                if v is None:
                    o.loss_on_realization_of_composite_volume_debt_instruments = u
                    if "lossOnRealizationOfCompositeVolumeDebtInstruments" not in d:
                        m += 1
                else:
                    o.loss_on_realization_of_composite_volume_debt_instruments = v
                v = g("gainOnRealizationOfCompositeVolumeDebtInstruments")
                if v is None:
                    o.gain_on_realization_of_composite_volume_debt_instruments = u
                    if "gainOnRealizationOfCompositeVolumeDebtInstruments" not in d:
                        m += 1
                else:
                    o.gain_on_realization_of_composite_volume_debt_instruments = v
                v = g("netInterestCosts")
                if v is None:
                    o.net_interest_costs = u
                    if "netInterestCosts" not in d:
                        m += 1
                else:
                    o.net_interest_costs = v
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
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("total_interest_expenses_from_account", "totalInterestExpensesFromAccount"),
            ("total_interest_income_from_account", "totalInterestIncomeFromAccount"),
            ("correction_of_interest_expenses", "correctionOfInterestExpenses"),
            ("correction_of_interest_income", "correctionOfInterestIncome"),
            ("guarantee_commissions_on_debt", "guaranteeCommissionsOnDebt"),
            ("loss_on_realization_of_premium_discount_bonds", "lossOnRealizationOfPremiumDiscountBonds"),
            ("gain_on_realization_of_premium_discount_bonds", "gainOnRealizationOfPremiumDiscountBonds"),
            (
                "loss_on_realization_of_composite_volume_debt_instruments",
                "lossOnRealizationOfCompositeVolumeDebtInstruments",
            ),
            (
                "gain_on_realization_of_composite_volume_debt_instruments",
                "gainOnRealizationOfCompositeVolumeDebtInstruments",
            ),
            ("net_interest_costs", "netInterestCosts"),
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
            v = s.total_interest_expenses_from_account
            o.total_interest_expenses_from_account = u if v is None else v
            v = s.total_interest_income_from_account
            o.total_interest_income_from_account = u if v is None else v
            v = s.correction_of_interest_expenses
            o.correction_of_interest_expenses = u if v is None else v
            v = s.correction_of_interest_income
            o.correction_of_interest_income = u if v is None else v
            v = s.guarantee_commissions_on_debt
            o.guarantee_commissions_on_debt = u if v is None else v
            v = s.loss_on_realization_of_premium_discount_bonds
            o.loss_on_realization_of_premium_discount_bonds = u if v is None else v
            v = s.gain_on_realization_of_premium_discount_bonds
            o.gain_on_realization_of_premium_discount_bonds = u if v is None else v
            v = s.loss_on_realization_of_composite_volume_debt_instruments
            o.loss_on_realization_of_composite_volume_debt_instruments = u if v is None else v
            v = s.gain_on_realization_of_composite_volume_debt_instruments
            o.gain_on_realization_of_composite_volume_debt_instruments = u if v is None else v
            v = s.net_interest_costs
            o.net_interest_costs = u if v is None else v
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
