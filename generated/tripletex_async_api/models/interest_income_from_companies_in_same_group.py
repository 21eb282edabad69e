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
    from ..models.interest_income_from_company_in_same_group import InterestIncomeFromCompanyInSameGroup
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestIncomeFromCompaniesInSameGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("interestIncomeFromCompanies", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InterestIncomeFromCompaniesInSameGroup(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        interest_income_from_companies (list[InterestIncomeFromCompanyInSameGroup] | Unset): Interest income from
            companies in the same group
        total_interest_income (float | Unset): [read-only] Total interest income
        loss_for_holder_on_realization_of_premium_discount_bonds (float | Unset): Loss for holder on realization of
            premium discount bonds
        gain_for_holder_upon_realization_of_premium_discount_bonds (float | Unset): Gain for holder upon realization of
            premium discount bonds
        loss_for_holder_on_realization_of_composite_volume_debt_instruments (float | Unset): Loss for holder on
            realization of composite volume debt instruments
        gain_for_holder_on_realization_of_composite_volume_debt_instruments (float | Unset): Gain for holder on
            realization of composite volume debt instruments
        total_interest_income_etc (float | Unset): [read-only] Total interest income etc
        net_interest_expenses_to_companies (float | Unset): [read-only] Net interest expenses to companies
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

        interest_income_from_companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interest_income_from_companies, Unset):
            interest_income_from_companies = []
            for interest_income_from_companies_item_data in self.interest_income_from_companies:
                interest_income_from_companies_item = interest_income_from_companies_item_data.to_dict()
                interest_income_from_companies.append(interest_income_from_companies_item)

        total_interest_income = self.total_interest_income

        loss_for_holder_on_realization_of_premium_discount_bonds = (
            self.loss_for_holder_on_realization_of_premium_discount_bonds
        )

        gain_for_holder_upon_realization_of_premium_discount_bonds = (
            self.gain_for_holder_upon_realization_of_premium_discount_bonds
        )

        loss_for_holder_on_realization_of_composite_volume_debt_instruments = (
            self.loss_for_holder_on_realization_of_composite_volume_debt_instruments
        )

        gain_for_holder_on_realization_of_composite_volume_debt_instruments = (
            self.gain_for_holder_on_realization_of_composite_volume_debt_instruments
        )

        total_interest_income_etc = self.total_interest_income_etc

        net_interest_expenses_to_companies = self.net_interest_expenses_to_companies

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
        if interest_income_from_companies is not UNSET:
            field_dict["interestIncomeFromCompanies"] = interest_income_from_companies
        if total_interest_income is not UNSET and not _in_request:
            field_dict["totalInterestIncome"] = total_interest_income
        if loss_for_holder_on_realization_of_premium_discount_bonds is not UNSET:
            field_dict["lossForHolderOnRealizationOfPremiumDiscountBonds"] = (
                loss_for_holder_on_realization_of_premium_discount_bonds
            )
        if gain_for_holder_upon_realization_of_premium_discount_bonds is not UNSET:
            field_dict["gainForHolderUponRealizationOfPremiumDiscountBonds"] = (
                gain_for_holder_upon_realization_of_premium_discount_bonds
            )
        if loss_for_holder_on_realization_of_composite_volume_debt_instruments is not UNSET:
            field_dict["lossForHolderOnRealizationOfCompositeVolumeDebtInstruments"] = (
                loss_for_holder_on_realization_of_composite_volume_debt_instruments
            )
        if gain_for_holder_on_realization_of_composite_volume_debt_instruments is not UNSET:
            field_dict["gainForHolderOnRealizationOfCompositeVolumeDebtInstruments"] = (
                gain_for_holder_on_realization_of_composite_volume_debt_instruments
            )
        if total_interest_income_etc is not UNSET and not _in_request:
            field_dict["totalInterestIncomeEtc"] = total_interest_income_etc
        if net_interest_expenses_to_companies is not UNSET and not _in_request:
            field_dict["netInterestExpensesToCompanies"] = net_interest_expenses_to_companies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestIncomeFromCompaniesInSameGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.interest_income_from_company_in_same_group import InterestIncomeFromCompanyInSameGroup  # noqa: PLC0415
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

        def _p_interest_income_from_companies(_tx_v: Any) -> list[InterestIncomeFromCompanyInSameGroup] | Unset:
            _interest_income_from_companies = _tx_v
            interest_income_from_companies: list[InterestIncomeFromCompanyInSameGroup] | Unset = UNSET
            if _interest_income_from_companies is not UNSET:
                interest_income_from_companies = []
                for interest_income_from_companies_item_data in _interest_income_from_companies:
                    if interest_income_from_companies_item_data is None:
                        continue
                    interest_income_from_companies_item = InterestIncomeFromCompanyInSameGroup._tx_from_json(
                        interest_income_from_companies_item_data
                    )

                    interest_income_from_companies.append(interest_income_from_companies_item)

            return interest_income_from_companies

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "interest_income_from_companies": ("interestIncomeFromCompanies", _p_interest_income_from_companies),
            "total_interest_income": ("totalInterestIncome", None),
            "loss_for_holder_on_realization_of_premium_discount_bonds": (
                "lossForHolderOnRealizationOfPremiumDiscountBonds",
                None,
            ),
            "gain_for_holder_upon_realization_of_premium_discount_bonds": (
                "gainForHolderUponRealizationOfPremiumDiscountBonds",
                None,
            ),
            "loss_for_holder_on_realization_of_composite_volume_debt_instruments": (
                "lossForHolderOnRealizationOfCompositeVolumeDebtInstruments",
                None,
            ),
            "gain_for_holder_on_realization_of_composite_volume_debt_instruments": (
                "gainForHolderOnRealizationOfCompositeVolumeDebtInstruments",
                None,
            ),
            "total_interest_income_etc": ("totalInterestIncomeEtc", None),
            "net_interest_expenses_to_companies": ("netInterestExpensesToCompanies", None),
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
