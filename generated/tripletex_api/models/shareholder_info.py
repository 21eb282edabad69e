from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_info_share_class import ShareholderInfoShareClass
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.shareholder import Shareholder
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderInfo")


@_attrs_define
class ShareholderInfo:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        id (int | Unset): [read-only] Id of shareholder register data to update
        shareholder (Shareholder | Unset):
        group_id (int | Unset): [read-only]
        share_class (ShareholderInfoShareClass | Unset): [read-only]
        share_class_display_name (str | Unset): [read-only]
        number_of_shares_last_year (ShareholderRegisterData | Unset):
        number_of_shares_this_year (float | Unset): [read-only]
        ownership_last_year (float | Unset): [read-only]
        ownership_this_year (float | Unset): [read-only]
        read_only (bool | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    id: int | Unset = UNSET
    shareholder: Shareholder | Unset = UNSET
    group_id: int | Unset = UNSET
    share_class: ShareholderInfoShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    number_of_shares_last_year: ShareholderRegisterData | Unset = UNSET
    number_of_shares_this_year: float | Unset = UNSET
    ownership_last_year: float | Unset = UNSET
    ownership_this_year: float | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        id = self.id

        shareholder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shareholder, Unset):
            shareholder = self.shareholder.to_dict()

        group_id = self.group_id

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        share_class_display_name = self.share_class_display_name

        number_of_shares_last_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_of_shares_last_year, Unset):
            number_of_shares_last_year = self.number_of_shares_last_year.to_dict()

        number_of_shares_this_year = self.number_of_shares_this_year

        ownership_last_year = self.ownership_last_year

        ownership_this_year = self.ownership_this_year

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if shareholder is not UNSET:
            field_dict["shareholder"] = shareholder
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if number_of_shares_last_year is not UNSET:
            field_dict["numberOfSharesLastYear"] = number_of_shares_last_year
        if number_of_shares_this_year is not UNSET and not _in_request:
            field_dict["numberOfSharesThisYear"] = number_of_shares_this_year
        if ownership_last_year is not UNSET and not _in_request:
            field_dict["ownershipLastYear"] = ownership_last_year
        if ownership_this_year is not UNSET and not _in_request:
            field_dict["ownershipThisYear"] = ownership_this_year
        if read_only is not UNSET and not _in_request:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.shareholder import Shareholder  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        id = d.pop("id", UNSET)

        _shareholder = d.pop("shareholder", UNSET)
        shareholder: Shareholder | Unset
        if isinstance(_shareholder, Unset):
            shareholder = UNSET
        else:
            shareholder = Shareholder.from_dict(_shareholder)

        group_id = d.pop("groupId", UNSET)

        _share_class = d.pop("shareClass", UNSET)
        share_class: ShareholderInfoShareClass | Unset
        if isinstance(_share_class, Unset):
            share_class = UNSET
        else:
            share_class = ShareholderInfoShareClass(_share_class)

        share_class_display_name = d.pop("shareClassDisplayName", UNSET)

        _number_of_shares_last_year = d.pop("numberOfSharesLastYear", UNSET)
        number_of_shares_last_year: ShareholderRegisterData | Unset
        if isinstance(_number_of_shares_last_year, Unset):
            number_of_shares_last_year = UNSET
        else:
            number_of_shares_last_year = ShareholderRegisterData.from_dict(_number_of_shares_last_year)

        number_of_shares_this_year = d.pop("numberOfSharesThisYear", UNSET)

        ownership_last_year = d.pop("ownershipLastYear", UNSET)

        ownership_this_year = d.pop("ownershipThisYear", UNSET)

        read_only = d.pop("readOnly", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            id=id,
            shareholder=shareholder,
            group_id=group_id,
            share_class=share_class,
            share_class_display_name=share_class_display_name,
            number_of_shares_last_year=number_of_shares_last_year,
            number_of_shares_this_year=number_of_shares_this_year,
            ownership_last_year=ownership_last_year,
            ownership_this_year=ownership_this_year,
            read_only=read_only,
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
