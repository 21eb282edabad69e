from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="AccountingDimensionValue")


@_attrs_define
class AccountingDimensionValue:
    """Free dimensions for the project connected to the order.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        display_name (str | Unset): The name of the value.
        name_and_number (str | Unset): [read-only] The name and number of the value.
        dimension_index (int | Unset): The index of the dimension this value belongs to.
        active (bool | Unset): Indicates if the value is active.
        number (str | Unset): The number of the value, which can consist of letters and numbers.
        show_in_voucher_registration (bool | Unset): Indicates if the value should be shown in voucher registration.
        position (int | Unset): The position of the value in the list of values for the dimension.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    name_and_number: str | Unset = UNSET
    dimension_index: int | Unset = UNSET
    active: bool | Unset = UNSET
    number: str | Unset = UNSET
    show_in_voucher_registration: bool | Unset = UNSET
    position: int | Unset = UNSET
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

        name_and_number = self.name_and_number

        dimension_index = self.dimension_index

        active = self.active

        number = self.number

        show_in_voucher_registration = self.show_in_voucher_registration

        position = self.position

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
        if name_and_number is not UNSET and not _in_request:
            field_dict["nameAndNumber"] = name_and_number
        if dimension_index is not UNSET:
            field_dict["dimensionIndex"] = dimension_index
        if active is not UNSET:
            field_dict["active"] = active
        if number is not UNSET:
            field_dict["number"] = number
        if show_in_voucher_registration is not UNSET:
            field_dict["showInVoucherRegistration"] = show_in_voucher_registration
        if position is not UNSET:
            field_dict["position"] = position

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

        display_name = d.pop("displayName", UNSET)

        name_and_number = d.pop("nameAndNumber", UNSET)

        dimension_index = d.pop("dimensionIndex", UNSET)

        active = d.pop("active", UNSET)

        number = d.pop("number", UNSET)

        show_in_voucher_registration = d.pop("showInVoucherRegistration", UNSET)

        position = d.pop("position", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            display_name=display_name,
            name_and_number=name_and_number,
            dimension_index=dimension_index,
            active=active,
            number=number,
            show_in_voucher_registration=show_in_voucher_registration,
            position=position,
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
