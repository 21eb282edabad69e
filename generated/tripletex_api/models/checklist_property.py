from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checklist_property_checklist_type import ChecklistPropertyChecklistType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="ChecklistProperty")


@_attrs_define
class ChecklistProperty:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset): [read-only]
        checklist_type (ChecklistPropertyChecklistType | Unset):
        type_id (int | Unset):
        name (str | Unset):
        info (str | Unset):
        section (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    checklist_type: ChecklistPropertyChecklistType | Unset = UNSET
    type_id: int | Unset = UNSET
    name: str | Unset = UNSET
    info: str | Unset = UNSET
    section: str | Unset = UNSET
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

        year = self.year

        checklist_type: str | Unset = UNSET
        if not isinstance(self.checklist_type, Unset):
            checklist_type = self.checklist_type.value

        type_id = self.type_id

        name = self.name

        info = self.info

        section = self.section

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
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if checklist_type is not UNSET:
            field_dict["checklistType"] = checklist_type
        if type_id is not UNSET:
            field_dict["typeId"] = type_id
        if name is not UNSET:
            field_dict["name"] = name
        if info is not UNSET:
            field_dict["info"] = info
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

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

        year = d.pop("year", UNSET)

        _checklist_type = d.pop("checklistType", UNSET)
        checklist_type: ChecklistPropertyChecklistType | Unset
        if isinstance(_checklist_type, Unset):
            checklist_type = UNSET
        else:
            checklist_type = ChecklistPropertyChecklistType(_checklist_type)

        type_id = d.pop("typeId", UNSET)

        name = d.pop("name", UNSET)

        info = d.pop("info", UNSET)

        section = d.pop("section", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year=year,
            checklist_type=checklist_type,
            type_id=type_id,
            name=name,
            info=info,
            section=section,
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
