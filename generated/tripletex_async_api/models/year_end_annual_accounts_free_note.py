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
    from ..models.change import Change
    from ..models.year_end_annual_accounts_free_note_last_modified_info import (
        YearEndAnnualAccountsFreeNoteLastModifiedInfo,
    )
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="YearEndAnnualAccountsFreeNote")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("yearEndReport", dict, False),
    ("lastModifiedInfo", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class YearEndAnnualAccountsFreeNote(LazyModel):
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
        self._tx_load()
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
        """A YearEndAnnualAccountsFreeNote from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_annual_accounts_free_note_last_modified_info import (
            YearEndAnnualAccountsFreeNoteLastModifiedInfo,  # noqa: PLC0415
        )
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_last_modified_info(_tx_v: Any) -> YearEndAnnualAccountsFreeNoteLastModifiedInfo | Unset:
            _last_modified_info = _tx_v
            last_modified_info: YearEndAnnualAccountsFreeNoteLastModifiedInfo | Unset
            if isinstance(_last_modified_info, Unset):
                last_modified_info = UNSET
            else:
                last_modified_info = YearEndAnnualAccountsFreeNoteLastModifiedInfo._tx_from_json(_last_modified_info)

            return last_modified_info

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "yearEndReport",
                "checked",
                "displayName",
                "numerated",
                "sortOrder",
                "content",
                "grouping",
                "lastModifiedInfo",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "checked": ("checked", None),
            "display_name": ("displayName", None),
            "numerated": ("numerated", None),
            "sort_order": ("sortOrder", None),
            "content": ("content", None),
            "grouping": ("grouping", None),
            "last_modified_info": ("lastModifiedInfo", _p_last_modified_info),
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
