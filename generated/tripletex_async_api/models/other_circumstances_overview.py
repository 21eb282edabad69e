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
    from ..models.realization_and_rental_of_assets import RealizationAndRentalOfAssets
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="OtherCircumstancesOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("assetsCompanyPosts", list, False),
    ("assetsShareholderPosts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class OtherCircumstancesOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        posts (list[GenericData] | Unset):
        assets_company_posts (list[RealizationAndRentalOfAssets] | Unset):
        assets_shareholder_posts (list[RealizationAndRentalOfAssets] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    assets_company_posts: list[RealizationAndRentalOfAssets] | Unset = UNSET
    assets_shareholder_posts: list[RealizationAndRentalOfAssets] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        assets_company_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets_company_posts, Unset):
            assets_company_posts = []
            for assets_company_posts_item_data in self.assets_company_posts:
                assets_company_posts_item = assets_company_posts_item_data.to_dict()
                assets_company_posts.append(assets_company_posts_item)

        assets_shareholder_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets_shareholder_posts, Unset):
            assets_shareholder_posts = []
            for assets_shareholder_posts_item_data in self.assets_shareholder_posts:
                assets_shareholder_posts_item = assets_shareholder_posts_item_data.to_dict()
                assets_shareholder_posts.append(assets_shareholder_posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if posts is not UNSET:
            field_dict["posts"] = posts
        if assets_company_posts is not UNSET:
            field_dict["assetsCompanyPosts"] = assets_company_posts
        if assets_shareholder_posts is not UNSET:
            field_dict["assetsShareholderPosts"] = assets_shareholder_posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OtherCircumstancesOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.realization_and_rental_of_assets import RealizationAndRentalOfAssets  # noqa: PLC0415
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

        def _p_assets_company_posts(_tx_v: Any) -> list[RealizationAndRentalOfAssets] | Unset:
            _assets_company_posts = _tx_v
            assets_company_posts: list[RealizationAndRentalOfAssets] | Unset = UNSET
            if _assets_company_posts is not UNSET:
                assets_company_posts = []
                for assets_company_posts_item_data in _assets_company_posts:
                    if assets_company_posts_item_data is None:
                        continue
                    assets_company_posts_item = RealizationAndRentalOfAssets._tx_from_json(
                        assets_company_posts_item_data
                    )

                    assets_company_posts.append(assets_company_posts_item)

            return assets_company_posts

        def _p_assets_shareholder_posts(_tx_v: Any) -> list[RealizationAndRentalOfAssets] | Unset:
            _assets_shareholder_posts = _tx_v
            assets_shareholder_posts: list[RealizationAndRentalOfAssets] | Unset = UNSET
            if _assets_shareholder_posts is not UNSET:
                assets_shareholder_posts = []
                for assets_shareholder_posts_item_data in _assets_shareholder_posts:
                    if assets_shareholder_posts_item_data is None:
                        continue
                    assets_shareholder_posts_item = RealizationAndRentalOfAssets._tx_from_json(
                        assets_shareholder_posts_item_data
                    )

                    assets_shareholder_posts.append(assets_shareholder_posts_item)

            return assets_shareholder_posts

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "posts",
                "assetsCompanyPosts",
                "assetsShareholderPosts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "posts": ("posts", _p_posts),
            "assets_company_posts": ("assetsCompanyPosts", _p_assets_company_posts),
            "assets_shareholder_posts": ("assetsShareholderPosts", _p_assets_shareholder_posts),
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
