from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tangible_fixed_asset_overview_business_activity_type import TangibleFixedAssetOverviewBusinessActivityType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tangible_fixed_asset import TangibleFixedAsset
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TangibleFixedAssetOverview")


@_attrs_define
class TangibleFixedAssetOverview:
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
        from ..models.tangible_fixed_asset import TangibleFixedAsset  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        income_group_id = d.pop("incomeGroupId", UNSET)

        _business_activity_type = d.pop("businessActivityType", UNSET)
        business_activity_type: TangibleFixedAssetOverviewBusinessActivityType | Unset
        if isinstance(_business_activity_type, Unset):
            business_activity_type = UNSET
        else:
            business_activity_type = TangibleFixedAssetOverviewBusinessActivityType(_business_activity_type)

        industry_id = d.pop("industryId", UNSET)

        business_activity_description = d.pop("businessActivityDescription", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[TangibleFixedAsset] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = TangibleFixedAsset.from_dict(posts_item_data)

                posts.append(posts_item)

        _obj = cls(
            year_end_report=year_end_report,
            income_group_id=income_group_id,
            business_activity_type=business_activity_type,
            industry_id=industry_id,
            business_activity_description=business_activity_description,
            posts=posts,
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
