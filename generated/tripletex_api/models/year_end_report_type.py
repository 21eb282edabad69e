from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.year_end_report_post import YearEndReportPost


T = TypeVar("T", bound="YearEndReportType")


@_attrs_define
class YearEndReportType:
    """
    Attributes:
        sum_amount (float | Unset): [read-only]
        sum_amount_previous_year (float | Unset): [read-only]
        posts (list[YearEndReportPost] | Unset):
    """

    sum_amount: float | Unset = UNSET
    sum_amount_previous_year: float | Unset = UNSET
    posts: list[YearEndReportPost] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        sum_amount = self.sum_amount

        sum_amount_previous_year = self.sum_amount_previous_year

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_amount is not UNSET and not _in_request:
            field_dict["sumAmount"] = sum_amount
        if sum_amount_previous_year is not UNSET and not _in_request:
            field_dict["sumAmountPreviousYear"] = sum_amount_previous_year
        if posts is not UNSET:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.year_end_report_post import YearEndReportPost  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sum_amount = d.pop("sumAmount", UNSET)

        sum_amount_previous_year = d.pop("sumAmountPreviousYear", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[YearEndReportPost] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = YearEndReportPost.from_dict(posts_item_data)

                posts.append(posts_item)

        _obj = cls(
            sum_amount=sum_amount,
            sum_amount_previous_year=sum_amount_previous_year,
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
