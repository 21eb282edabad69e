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


T = TypeVar("T", bound="CooperativeEnterpriseOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CooperativeEnterpriseOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        total_sales (float | Unset): [read-only]
        share_of_sales (float | Unset): [read-only]
        total_retroactive_payment (float | Unset): [read-only]
        taxable_business_income (float | Unset): [read-only]
        total_purchases (float | Unset): [read-only]
        share_of_purchases (float | Unset): [read-only]
        total_carry_forward_deduction_limit (float | Unset): [read-only]
        posts (list[GenericData] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    total_sales: float | Unset = UNSET
    share_of_sales: float | Unset = UNSET
    total_retroactive_payment: float | Unset = UNSET
    taxable_business_income: float | Unset = UNSET
    total_purchases: float | Unset = UNSET
    share_of_purchases: float | Unset = UNSET
    total_carry_forward_deduction_limit: float | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        total_sales = self.total_sales

        share_of_sales = self.share_of_sales

        total_retroactive_payment = self.total_retroactive_payment

        taxable_business_income = self.taxable_business_income

        total_purchases = self.total_purchases

        share_of_purchases = self.share_of_purchases

        total_carry_forward_deduction_limit = self.total_carry_forward_deduction_limit

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if total_sales is not UNSET and not _in_request:
            field_dict["totalSales"] = total_sales
        if share_of_sales is not UNSET and not _in_request:
            field_dict["shareOfSales"] = share_of_sales
        if total_retroactive_payment is not UNSET and not _in_request:
            field_dict["totalRetroactivePayment"] = total_retroactive_payment
        if taxable_business_income is not UNSET and not _in_request:
            field_dict["taxableBusinessIncome"] = taxable_business_income
        if total_purchases is not UNSET and not _in_request:
            field_dict["totalPurchases"] = total_purchases
        if share_of_purchases is not UNSET and not _in_request:
            field_dict["shareOfPurchases"] = share_of_purchases
        if total_carry_forward_deduction_limit is not UNSET and not _in_request:
            field_dict["totalCarryForwardDeductionLimit"] = total_carry_forward_deduction_limit
        if posts is not UNSET:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CooperativeEnterpriseOverview from the service's JSON object; each property is parsed when first read."""
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
                "totalSales",
                "shareOfSales",
                "totalRetroactivePayment",
                "taxableBusinessIncome",
                "totalPurchases",
                "shareOfPurchases",
                "totalCarryForwardDeductionLimit",
                "posts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "total_sales": ("totalSales", None),
            "share_of_sales": ("shareOfSales", None),
            "total_retroactive_payment": ("totalRetroactivePayment", None),
            "taxable_business_income": ("taxableBusinessIncome", None),
            "total_purchases": ("totalPurchases", None),
            "share_of_purchases": ("shareOfPurchases", None),
            "total_carry_forward_deduction_limit": ("totalCarryForwardDeductionLimit", None),
            "posts": ("posts", _p_posts),
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
