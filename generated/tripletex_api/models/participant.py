from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """Information about the participant

    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        number (str | Unset): [read-only]
        ownership (float | Unset): [read-only]
        ownership_at_beginning_of_year (float | Unset): [read-only]
        share_of_result (float | Unset): [read-only]
        share_of_wealth (float | Unset): [read-only]
        posts (list[GenericData] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    ownership: float | Unset = UNSET
    ownership_at_beginning_of_year: float | Unset = UNSET
    share_of_result: float | Unset = UNSET
    share_of_wealth: float | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        name = self.name

        number = self.number

        ownership = self.ownership

        ownership_at_beginning_of_year = self.ownership_at_beginning_of_year

        share_of_result = self.share_of_result

        share_of_wealth = self.share_of_wealth

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
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if ownership is not UNSET and not _in_request:
            field_dict["ownership"] = ownership
        if ownership_at_beginning_of_year is not UNSET and not _in_request:
            field_dict["ownershipAtBeginningOfYear"] = ownership_at_beginning_of_year
        if share_of_result is not UNSET and not _in_request:
            field_dict["shareOfResult"] = share_of_result
        if share_of_wealth is not UNSET and not _in_request:
            field_dict["shareOfWealth"] = share_of_wealth
        if posts is not UNSET:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        ownership = d.pop("ownership", UNSET)

        ownership_at_beginning_of_year = d.pop("ownershipAtBeginningOfYear", UNSET)

        share_of_result = d.pop("shareOfResult", UNSET)

        share_of_wealth = d.pop("shareOfWealth", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[GenericData] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = GenericData.from_dict(posts_item_data)

                posts.append(posts_item)

        _obj = cls(
            year_end_report=year_end_report,
            group_id=group_id,
            name=name,
            number=number,
            ownership=ownership,
            ownership_at_beginning_of_year=ownership_at_beginning_of_year,
            share_of_result=share_of_result,
            share_of_wealth=share_of_wealth,
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
