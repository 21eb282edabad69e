from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.year_end_annual_accounts_free_note_last_modified_info import (
        YearEndAnnualAccountsFreeNoteLastModifiedInfo,
    )
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="YearEndAnnualAccountsFreeNote")


@_attrs_define
class YearEndAnnualAccountsFreeNote:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year_end_report (YearEndReport | Unset):
        checked (bool | Unset):
        display_name (str | Unset):
        numerated (int | Unset):
        sort_order (int | Unset):
        content (str | Unset):
        grouping (str | Unset):
        last_modified_info (YearEndAnnualAccountsFreeNoteLastModifiedInfo | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    checked: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    numerated: int | Unset = UNSET
    sort_order: int | Unset = UNSET
    content: str | Unset = UNSET
    grouping: str | Unset = UNSET
    last_modified_info: YearEndAnnualAccountsFreeNoteLastModifiedInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        checked = self.checked

        display_name = self.display_name

        numerated = self.numerated

        sort_order = self.sort_order

        content = self.content

        grouping = self.grouping

        last_modified_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_modified_info, Unset):
            last_modified_info = self.last_modified_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if checked is not UNSET:
            field_dict["checked"] = checked
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if numerated is not UNSET:
            field_dict["numerated"] = numerated
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if content is not UNSET:
            field_dict["content"] = content
        if grouping is not UNSET:
            field_dict["grouping"] = grouping
        if last_modified_info is not UNSET:
            field_dict["lastModifiedInfo"] = last_modified_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_annual_accounts_free_note_last_modified_info import (
            YearEndAnnualAccountsFreeNoteLastModifiedInfo,  # noqa: PLC0415
        )
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        checked = d.pop("checked", UNSET)

        display_name = d.pop("displayName", UNSET)

        numerated = d.pop("numerated", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        content = d.pop("content", UNSET)

        grouping = d.pop("grouping", UNSET)

        _last_modified_info = d.pop("lastModifiedInfo", UNSET)
        last_modified_info: YearEndAnnualAccountsFreeNoteLastModifiedInfo | Unset
        if isinstance(_last_modified_info, Unset):
            last_modified_info = UNSET
        else:
            last_modified_info = YearEndAnnualAccountsFreeNoteLastModifiedInfo.from_dict(_last_modified_info)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year_end_report=year_end_report,
            checked=checked,
            display_name=display_name,
            numerated=numerated,
            sort_order=sort_order,
            content=content,
            grouping=grouping,
            last_modified_info=last_modified_info,
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
