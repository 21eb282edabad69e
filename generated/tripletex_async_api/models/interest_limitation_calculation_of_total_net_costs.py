from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestLimitationCalculationOfTotalNetCosts")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InterestLimitationCalculationOfTotalNetCosts(LazyModel):
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
        net_interest_costs (float | Unset): [read-only] Net interest costs
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        sub_group_id = self.sub_group_id

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        total_interest_expenses_from_account = self.total_interest_expenses_from_account

        total_interest_income_from_account = self.total_interest_income_from_account

        correction_of_interest_expenses = self.correction_of_interest_expenses

        correction_of_interest_income = self.correction_of_interest_income

        guarantee_commissions_on_debt = self.guarantee_commissions_on_debt

        loss_on_realization_of_premium_discount_bonds = self.loss_on_realization_of_premium_discount_bonds

        gain_on_realization_of_premium_discount_bonds = self.gain_on_realization_of_premium_discount_bonds

        loss_on_realization_of_composite_volume_debt_instruments = (
            self.loss_on_realization_of_composite_volume_debt_instruments
        )

        gain_on_realization_of_composite_volume_debt_instruments = (
            self.gain_on_realization_of_composite_volume_debt_instruments
        )

        net_interest_costs = self.net_interest_costs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if sub_group_id is not UNSET:
            field_dict["subGroupId"] = sub_group_id
        if posts is not UNSET:
            field_dict["posts"] = posts
        if total_interest_expenses_from_account is not UNSET:
            field_dict["totalInterestExpensesFromAccount"] = total_interest_expenses_from_account
        if total_interest_income_from_account is not UNSET:
            field_dict["totalInterestIncomeFromAccount"] = total_interest_income_from_account
        if correction_of_interest_expenses is not UNSET:
            field_dict["correctionOfInterestExpenses"] = correction_of_interest_expenses
        if correction_of_interest_income is not UNSET:
            field_dict["correctionOfInterestIncome"] = correction_of_interest_income
        if guarantee_commissions_on_debt is not UNSET:
            field_dict["guaranteeCommissionsOnDebt"] = guarantee_commissions_on_debt
        if loss_on_realization_of_premium_discount_bonds is not UNSET:
            field_dict["lossOnRealizationOfPremiumDiscountBonds"] = loss_on_realization_of_premium_discount_bonds
        if gain_on_realization_of_premium_discount_bonds is not UNSET:
            field_dict["gainOnRealizationOfPremiumDiscountBonds"] = gain_on_realization_of_premium_discount_bonds
        if loss_on_realization_of_composite_volume_debt_instruments is not UNSET:
            field_dict["lossOnRealizationOfCompositeVolumeDebtInstruments"] = (
                loss_on_realization_of_composite_volume_debt_instruments
            )
        if gain_on_realization_of_composite_volume_debt_instruments is not UNSET:
            field_dict["gainOnRealizationOfCompositeVolumeDebtInstruments"] = (
                gain_on_realization_of_composite_volume_debt_instruments
            )
        if net_interest_costs is not UNSET and not _in_request:
            field_dict["netInterestCosts"] = net_interest_costs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestLimitationCalculationOfTotalNetCosts from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_posts(_tx_v: Any) -> list[GenericData] | Unset:
            _posts = _tx_v
            posts: list[GenericData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = GenericData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "total_interest_expenses_from_account": ("totalInterestExpensesFromAccount", None),
            "total_interest_income_from_account": ("totalInterestIncomeFromAccount", None),
            "correction_of_interest_expenses": ("correctionOfInterestExpenses", None),
            "correction_of_interest_income": ("correctionOfInterestIncome", None),
            "guarantee_commissions_on_debt": ("guaranteeCommissionsOnDebt", None),
            "loss_on_realization_of_premium_discount_bonds": ("lossOnRealizationOfPremiumDiscountBonds", None),
            "gain_on_realization_of_premium_discount_bonds": ("gainOnRealizationOfPremiumDiscountBonds", None),
            "loss_on_realization_of_composite_volume_debt_instruments": (
                "lossOnRealizationOfCompositeVolumeDebtInstruments",
                None,
            ),
            "gain_on_realization_of_composite_volume_debt_instruments": (
                "gainOnRealizationOfCompositeVolumeDebtInstruments",
                None,
            ),
            "net_interest_costs": ("netInterestCosts", None),
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
