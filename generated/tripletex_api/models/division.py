from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.municipality import Municipality


T = TypeVar("T", bound="Division")


@_attrs_define
class Division:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        display_name (str | Unset):
        name (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        organization_number (str | Unset):
        municipality_date (str | Unset):
        municipality (Municipality | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    name: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    municipality_date: str | Unset = UNSET
    municipality: Municipality | Unset = UNSET
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

        display_name = self.display_name

        name = self.name

        start_date = self.start_date

        end_date = self.end_date

        organization_number = self.organization_number

        municipality_date = self.municipality_date

        municipality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.municipality, Unset):
            municipality = self.municipality.to_dict()

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
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if municipality_date is not UNSET:
            field_dict["municipalityDate"] = municipality_date
        if municipality is not UNSET:
            field_dict["municipality"] = municipality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415

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

        display_name = d.pop("displayName", UNSET)

        name = d.pop("name", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        municipality_date = d.pop("municipalityDate", UNSET)

        _municipality = d.pop("municipality", UNSET)
        municipality: Municipality | Unset
        if isinstance(_municipality, Unset):
            municipality = UNSET
        else:
            municipality = Municipality.from_dict(_municipality)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            display_name=display_name,
            name=name,
            start_date=start_date,
            end_date=end_date,
            organization_number=organization_number,
            municipality_date=municipality_date,
            municipality=municipality,
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
