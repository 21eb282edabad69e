from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="HeatfloorProduct")


@_attrs_define
class HeatfloorProduct:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        el_number (str | Unset):
        display_name (str | Unset):
        vktype (str | Unset):
        manufacturer (str | Unset):
        nom_effect (float | Unset): [read-only]
        length (float | Unset): [read-only]
        watts_per_meter (float | Unset): [read-only]
        nom_resistance (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    el_number: str | Unset = UNSET
    display_name: str | Unset = UNSET
    vktype: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    nom_effect: float | Unset = UNSET
    length: float | Unset = UNSET
    watts_per_meter: float | Unset = UNSET
    nom_resistance: float | Unset = UNSET
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

        el_number = self.el_number

        display_name = self.display_name

        vktype = self.vktype

        manufacturer = self.manufacturer

        nom_effect = self.nom_effect

        length = self.length

        watts_per_meter = self.watts_per_meter

        nom_resistance = self.nom_resistance

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
        if el_number is not UNSET:
            field_dict["elNumber"] = el_number
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if vktype is not UNSET:
            field_dict["vktype"] = vktype
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if nom_effect is not UNSET and not _in_request:
            field_dict["nomEffect"] = nom_effect
        if length is not UNSET and not _in_request:
            field_dict["length"] = length
        if watts_per_meter is not UNSET and not _in_request:
            field_dict["wattsPerMeter"] = watts_per_meter
        if nom_resistance is not UNSET and not _in_request:
            field_dict["nomResistance"] = nom_resistance

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

        el_number = d.pop("elNumber", UNSET)

        display_name = d.pop("displayName", UNSET)

        vktype = d.pop("vktype", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        nom_effect = d.pop("nomEffect", UNSET)

        length = d.pop("length", UNSET)

        watts_per_meter = d.pop("wattsPerMeter", UNSET)

        nom_resistance = d.pop("nomResistance", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            el_number=el_number,
            display_name=display_name,
            vktype=vktype,
            manufacturer=manufacturer,
            nom_effect=nom_effect,
            length=length,
            watts_per_meter=watts_per_meter,
            nom_resistance=nom_resistance,
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
