from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tangible_fixed_asset_overview_business_activity_type import TangibleFixedAssetOverviewBusinessActivityType
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
    from ..models.tangible_fixed_asset import TangibleFixedAsset
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TangibleFixedAssetOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("businessActivityType", str, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TangibleFixedAssetOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        income_group_id (int | Unset):
        business_activity_type (TangibleFixedAssetOverviewBusinessActivityType | Unset):
        industry_id (int | Unset): [read-only]
        business_activity_description (str | Unset): [read-only]
        posts (list[TangibleFixedAsset] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    income_group_id: int | Unset = UNSET
    business_activity_type: TangibleFixedAssetOverviewBusinessActivityType | Unset = UNSET
    industry_id: int | Unset = UNSET
    business_activity_description: str | Unset = UNSET
    posts: list[TangibleFixedAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        income_group_id = self.income_group_id

        business_activity_type: str | Unset = UNSET
        if not isinstance(self.business_activity_type, Unset):
            business_activity_type = self.business_activity_type.value

        industry_id = self.industry_id

        business_activity_description = self.business_activity_description

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
        if income_group_id is not UNSET:
            field_dict["incomeGroupId"] = income_group_id
        if business_activity_type is not UNSET:
            field_dict["businessActivityType"] = business_activity_type
        if industry_id is not UNSET and not _in_request:
            field_dict["industryId"] = industry_id
        if business_activity_description is not UNSET and not _in_request:
            field_dict["businessActivityDescription"] = business_activity_description
        if posts is not UNSET:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TangibleFixedAssetOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tangible_fixed_asset import TangibleFixedAsset  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_business_activity_type(_tx_v: Any) -> TangibleFixedAssetOverviewBusinessActivityType | Unset:
            _business_activity_type = _tx_v
            business_activity_type: TangibleFixedAssetOverviewBusinessActivityType | Unset
            if isinstance(_business_activity_type, Unset):
                business_activity_type = UNSET
            else:
                business_activity_type = TangibleFixedAssetOverviewBusinessActivityType(_business_activity_type)

            return business_activity_type

        def _p_posts(_tx_v: Any) -> list[TangibleFixedAsset] | Unset:
            _posts = _tx_v
            posts: list[TangibleFixedAsset] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = TangibleFixedAsset._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "incomeGroupId",
                "businessActivityType",
                "industryId",
                "businessActivityDescription",
                "posts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "income_group_id": ("incomeGroupId", None),
            "business_activity_type": ("businessActivityType", _p_business_activity_type),
            "industry_id": ("industryId", None),
            "business_activity_description": ("businessActivityDescription", None),
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
