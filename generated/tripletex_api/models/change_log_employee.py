from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ChangeLogEmployee")


@_attrs_define
class ChangeLogEmployee:
    """
    Attributes:
        id (int | Unset): [read-only]
        url (str | Unset): [read-only]
        picture_id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        number (str | Unset): [read-only]
        actual_employee (ChangeLogEmployee | Unset):
    """

    id: int | Unset = UNSET
    url: str | Unset = UNSET
    picture_id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    actual_employee: ChangeLogEmployee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        url = self.url

        picture_id = self.picture_id

        name = self.name

        number = self.number

        actual_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_employee, Unset):
            actual_employee = self.actual_employee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if picture_id is not UNSET and not _in_request:
            field_dict["pictureId"] = picture_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if actual_employee is not UNSET:
            field_dict["actualEmployee"] = actual_employee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        picture_id = d.pop("pictureId", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        _actual_employee = d.pop("actualEmployee", UNSET)
        actual_employee: ChangeLogEmployee | Unset
        if isinstance(_actual_employee, Unset):
            actual_employee = UNSET
        else:
            actual_employee = ChangeLogEmployee.from_dict(_actual_employee)

        _obj = cls(
            id=id,
            url=url,
            picture_id=picture_id,
            name=name,
            number=number,
            actual_employee=actual_employee,
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
